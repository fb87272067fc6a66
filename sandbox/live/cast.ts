// Who the live simulation plays on a given day, read from the store on every pass so that
// members archived, contracts ended or leaves approved through the API change the board too.

import { type Day, formatDay, isWeekend, utcOffsetMinutes } from '../seed/calendar'
import { createRng } from '../seed/random'
import type { Store } from '../store/store'
import type { ContractRecord, TaskRecord } from '../store/types'
import type { LiveMember } from './day-plan'

export function liveMembers(store: Store): LiveMember[] {
  const { data } = store
  const active = new Set(data.memberships.filter((m) => m.status === 'active' && m.role !== 'Project viewer').map((m) => `${m.workspaceId}:${m.userId}`))
  const contracts = new Map<number, ContractRecord[]>()
  for (const c of data.contracts) {
    if (c.status !== 'active' || !active.has(`${c.workspaceId}:${c.userId}`)) continue
    const list = contracts.get(c.userId)
    if (list) list.push(c)
    else contracts.set(c.userId, [c])
  }
  const zones = new Map(data.users.map((u) => [u.id, u.timezone ?? 'UTC']))
  return [...contracts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([userId, list]) => ({ userId, timezone: zones.get(userId) ?? 'UTC', contracts: list.sort((a, b) => a.id - b.id) }))
}

/**
 * Up to two members per workspace who, on a weekday, leave a browser tracker running from early
 * morning to late evening (past 10 hours from about 17:00 local), so a "long-running" flag has
 * something to show. One is picked from UTC+3..+8 (past ten hours during Europe's afternoon) and
 * one from further west, so that for much of the UTC day someone is past ten hours.
 */
export function longRunners(members: readonly LiveMember[], day: Day, isAway: (userId: number, day: Day) => boolean): Set<number> {
  const chosen = new Set<number>()
  if (isWeekend(day)) return chosen
  const byWorkspace = new Map<number, LiveMember[]>()
  for (const m of members) {
    const workspaceId = m.contracts[0]!.workspaceId
    byWorkspace.set(workspaceId, [...(byWorkspace.get(workspaceId) ?? []), m])
  }
  for (const [workspaceId, list] of [...byWorkspace.entries()].sort(([a], [b]) => a - b)) {
    const rng = createRng(`live/${formatDay(day)}/long/${workspaceId}`)
    const present = list.filter((m) => !isAway(m.userId, day))
    const offset = (m: LiveMember) => utcOffsetMinutes(m.timezone, day)
    const east = present.filter((m) => offset(m) >= 180 && offset(m) <= 480)
    const west = present.filter((m) => offset(m) < 180)
    const picks = east.length && west.length ? [rng.pick(east), rng.pick(west)] : rng.sample(present, 2)
    for (const m of picks) chosen.add(m.userId)
  }
  return chosen
}

/** `isAway(userId, day)`: whether an approved leave covers that local day. */
export function approvedLeave(store: Store): (userId: number, day: Day) => boolean {
  const byUser = new Map<number, { from: string; to: string }[]>()
  for (const r of store.data.leaveRequests) {
    if (r.status !== 'approved') continue
    byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), { from: r.startDate, to: r.endDate }])
  }
  return (userId, day) => {
    const date = formatDay(day)
    return (byUser.get(userId) ?? []).some((r) => r.from <= date && date <= r.to)
  }
}

export function openTasksByProject(store: Store): Map<number, TaskRecord[]> {
  const byProject = new Map<number, TaskRecord[]>()
  for (const t of store.data.tasks) {
    if (t.status === 'completed' || t.status === 'done') continue
    byProject.set(t.projectId, [...(byProject.get(t.projectId) ?? []), t])
  }
  return byProject
}
