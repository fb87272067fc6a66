import type { Context } from 'hono'
import { addDays } from '../../../../src/contract/calendar'
import type { ApiEnv } from '../../../context'
import type { Store } from '../../../store/store'
import type { ContractRecord, MembershipRecord, ProjectRecord, TaskRecord, TimeSpanRecord, UserRecord } from '../../../store/types'
import type { WorkspaceScope } from '../../workspace-scope'

// What every report reads: the query as PHP would see it, the members a report is about, their
// spans within a window (found by binary search, since the large profile has ~163,000 spans),
// and the projects, contracts and tasks those spans name.

/**
 * The query string as Laravel sees it: `users[]=1&users[]=2` is a list, a plain repeated key keeps
 * its last value. List parameters also accept CSV (`users=1,2`); the contract schemas split those.
 */
export function reportQuery(c: Context<ApiEnv>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, values] of Object.entries(c.req.queries())) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2)
      const before = out[name]
      out[name] = [...(Array.isArray(before) ? before : []), ...values]
    } else if (values.length) out[key] = values[values.length - 1]!
  }
  return out
}

export const spanMinutes = (span: TimeSpanRecord) => Math.round((Date.parse(span.end) - Date.parse(span.start)) / 60_000)

/**
 * A user's spans in `workspaceId` whose `date` (the member's local day, as timesheets count it)
 * lies in `from..to`. A local day starts at most 14 hours before its UTC day and spans are
 * sorted by start, so searching from two days earlier and stopping two days later is safe.
 */
export function spansInRange(store: Store, userId: number, workspaceId: number, from: string, to: string): TimeSpanRecord[] {
  const spans = store.spansOf(userId)
  const low = `${addDays(from, -2)}T00:00:00`
  const high = `${addDays(to, 2)}T00:00:00`
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start < low) lo = mid + 1
    else hi = mid
  }
  const found: TimeSpanRecord[] = []
  for (let i = lo; i < spans.length && spans[i]!.start < high; i++) {
    const span = spans[i]!
    if (span.workspaceId === workspaceId && span.date >= from && span.date <= to) found.push(span)
  }
  return found
}

/** Names and rates by id, built once per request rather than once per span. */
export interface Lookups {
  users: Map<number, UserRecord>
  projects: Map<number, ProjectRecord>
  contracts: Map<number, ContractRecord>
  tasks: Map<number, TaskRecord>
}

export function lookups(store: Store, workspaceId: number): Lookups {
  const { data } = store
  return {
    users: new Map(data.users.map((u) => [u.id, u])),
    projects: new Map(data.projects.filter((p) => p.workspaceId === workspaceId).map((p) => [p.id, p])),
    contracts: new Map(data.contracts.filter((c) => c.workspaceId === workspaceId).map((c) => [c.id, c])),
    tasks: new Map(data.tasks.filter((t) => t.workspaceId === workspaceId).map((t) => [t.id, t])),
  }
}

/** What `minutes` of `span` earn at its contract's rate: 0 on non-billable projects or without a contract. */
export function spanAmount(span: TimeSpanRecord, minutes: number, look: Lookups): number {
  const contract = span.contractId === null ? undefined : look.contracts.get(span.contractId)
  const project = span.projectId === null ? undefined : look.projects.get(span.projectId)
  return contract && project?.isBillable ? (minutes / 60) * contract.rate : 0
}

export const round2 = (n: number) => Math.round(n * 100) / 100

export interface ReportMember {
  membership: MembershipRecord
  user: UserRecord
}

const byName = new Intl.Collator('en', { sensitivity: 'base' })

/**
 * The members a paged report lists, ordered by first name, last name, then id. Without a user
 * filter: every active member who can track time (project viewers cannot) plus anyone else who
 * tracked time in `from..to`, so a manager also sees who did nothing. With one: exactly the
 * filtered members of this workspace, whatever their status.
 */
export function reportMembers(store: Store, scope: WorkspaceScope, look: Lookups, from: string, to: string, userIds?: number[]): ReportMember[] {
  const wanted = userIds && new Set(userIds)
  const rows: ReportMember[] = []
  for (const m of store.data.memberships) {
    if (m.workspaceId !== scope.workspace.id) continue
    if (wanted) {
      if (!wanted.has(m.userId)) continue
    } else if (m.role === 'Project viewer' || (m.status !== 'active' && spansInRange(store, m.userId, m.workspaceId, from, to).length === 0)) {
      continue
    }
    const user = look.users.get(m.userId)
    if (user) rows.push({ membership: m, user })
  }
  return rows.sort((a, b) => byName.compare(a.user.firstname, b.user.firstname) || byName.compare(a.user.lastname, b.user.lastname) || a.user.id - b.user.id)
}

export const userHead = (user: UserRecord) => ({ user_id: user.id, firstname: user.firstname, lastname: user.lastname })

/** Time-weighted mean activity, a whole percent; null when no time was tracked. */
export function weightedActivity(spans: readonly TimeSpanRecord[]): number | null {
  let weighted = 0
  let total = 0
  for (const s of spans) {
    const m = spanMinutes(s)
    weighted += s.activity * m
    total += m
  }
  return total > 0 ? Math.round(weighted / total) : null
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>()

function clockParts(instant: number, timeZone: string): Record<string, string> {
  let f = clockFormatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
    clockFormatters.set(timeZone, f)
  }
  return Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]))
}

/** `2026-11-23T09:00:00-05:00`: the instant on `timeZone`'s clock, with that zone's offset then. */
export function isoWithOffset(instant: string | number, timeZone: string | null): string {
  const p = clockParts(typeof instant === 'number' ? instant : Date.parse(instant), timeZone ?? 'UTC')
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.slice(3)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`
}

/** `14:30`, the wall-clock time of `instant` in `timeZone`. */
export function localClock(instant: string | number, timeZone: string | null): string {
  const p = clockParts(typeof instant === 'number' ? instant : Date.parse(instant), timeZone ?? 'UTC')
  return `${p.hour}:${p.minute}`
}
