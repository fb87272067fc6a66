import type { Contract } from '@/contract/contracts'
import type { LeaveRequest } from '@/contract/leaves'
import type { Member } from '@/contract/members'
import type { TimelineEntry, TimelineUser } from '@/contract/reports'
import type { CurrentTracker } from '@/contract/time-tracking'
import { liveFlags, type LiveFlag } from './live-flags'
import { localDate } from './local-day'

// What the board shows for each member, from what the scheduler has read so far. Pure: the page
// and the tests build rows the same way.

export type LiveState = 'tracking' | 'desktop' | 'idle' | 'not-started' | 'on-leave'

/** What current-data last said about a member, and when. */
export interface CurrentReading {
  data: CurrentTracker | null
  checkedAt: number
  /** Known exactly when the tracker was started here (clock-in answer). */
  startedAt?: number
  /** The clock-in answer's project (current-data names no project). */
  projectName?: string
}

export interface TimelineReading {
  user: TimelineUser
  date: string
  fetchedAt: number
}

export interface LiveRow {
  member: Member
  state: LiveState
  localDate: string
  projectName?: string
  taskTitle?: string
  description?: string
  /** Epoch ms the running tracker started (estimated unless started here); null when unknown. */
  startedAt: number | null
  /** Today's seconds at `baseAt`; the page adds the time since. */
  todaySeconds: number
  /** From when `todaySeconds` counts up (only while tracking). */
  baseAt: number | null
  lastEntry: TimelineEntry | null
  /** When current-data last answered for this member; null when never. */
  checkedAt: number | null
  timelineAt: number | null
  flags: LiveFlag[]
  /** Projects the member has a contract on (the project filter). */
  projectIds: number[]
}

export interface BoardInput {
  now: number
  members: readonly Member[]
  contracts: readonly Contract[]
  approvedLeaves: readonly LeaveRequest[]
  timeline: ReadonlyMap<number, TimelineReading>
  currents: ReadonlyMap<number, CurrentReading>
  /** Finished minutes this week per contract id (tracked-hours); empty while unknown. */
  weekMinutesByContract: ReadonlyMap<number, number>
  /** Members whose tracking the server's push knows (desktop app included): no guessing from the timeline for them. */
  pushed?: ReadonlyMap<number, unknown>
}

/**
 * Desktop trackers are invisible to current-data. Assumed and documented: a member whose latest
 * timeline entry today was tracked in the desktop app and ended within this window is shown as
 * "tracking (desktop app, from timeline)"; older than that, their state is unknown and they count
 * as idle, with a note.
 */
export const DESKTOP_RECENT_MS = 10 * 60_000

/** Members the board watches: active, and able to track (project viewers cannot). */
export const isWatched = (m: Member) => m.status === 'active' && m.current_role !== 'Project viewer'

export function onLeaveOn(leaves: readonly LeaveRequest[], userId: number, date: string): boolean {
  return leaves.some(
    (l) => l.user_id === userId && l.status === 'approved' && l.start_date !== undefined && l.start_date <= date && (l.end_date ?? l.start_date) >= date,
  )
}

export function buildRow(input: BoardInput, member: Member, contractsOf: readonly Contract[]): LiveRow {
  const { now } = input
  const date = localDate(now, member.timezone)
  const tl = input.timeline.get(member.id)
  const timeline = tl && tl.date === date ? tl : undefined
  const current = input.currents.get(member.id)
  const tracker = current?.data ?? null
  const entries = timeline?.user.entries ?? []
  const lastEntry = entries.reduce<TimelineEntry | null>((last, e) => (!last || Date.parse(e.end) > Date.parse(last.end) ? e : last), null)
  const finishedMinutes = timeline?.user.total_minutes ?? 0
  const onLeave = onLeaveOn(input.approvedLeaves, member.id, date)
  const contractById = new Map(contractsOf.map((c) => [c.id, c]))

  let state: LiveState
  let startedAt: number | null = null
  let todaySeconds = finishedMinutes * 60
  let baseAt: number | null = null
  let projectName: string | undefined
  let taskTitle: string | undefined
  let description: string | undefined

  if (tracker && current) {
    state = 'tracking'
    const contract = tracker.contract_id === undefined ? undefined : contractById.get(tracker.contract_id)
    projectName = current.projectName ?? contract?.project_name
    taskTitle = tracker.task_title
    description = tracker.activity_description
    baseAt = current.checkedAt
    if (current.startedAt !== undefined) startedAt = current.startedAt
    if (tracker.total_minutes !== undefined) {
      todaySeconds = tracker.total_minutes * 60 + (tracker.total_seconds ?? 0)
      if (startedAt === null && timeline) {
        // current-data's total = the day's finished minutes + the tracker's; the timeline has the
        // finished ones (assumed: both count the same spans; off by a minute at worst).
        const runningSeconds = Math.max(tracker.total_seconds ?? 0, todaySeconds - finishedMinutes * 60)
        startedAt = current.checkedAt - runningSeconds * 1000
      }
    } else if (startedAt !== null) {
      // No total from current-data (a clock-in here, or a vendor that left it out): the finished
      // minutes plus the time since the known start.
      todaySeconds += Math.max(0, (current.checkedAt - startedAt) / 1000)
    }
  } else if (!input.pushed?.has(member.id) && lastEntry?.tracking_method === 'desktop' && now - Date.parse(lastEntry.end) <= DESKTOP_RECENT_MS) {
    state = 'desktop'
    projectName = lastEntry.project_name
    taskTitle = lastEntry.task_name
    description = lastEntry.description
  } else if (onLeave) state = 'on-leave'
  else state = finishedMinutes > 0 ? 'idle' : 'not-started'

  const runningSeconds = state === 'tracking' && startedAt !== null ? (now - startedAt) / 1000 : null
  const flags = liveFlags({
    runningSeconds,
    tracking: state === 'tracking',
    onApprovedLeave: onLeave,
    contracts: contractsOf.map((c) => ({
      contractId: c.id,
      name: c.project_name,
      weekMinutes: input.weekMinutesByContract.get(c.id) ?? 0,
      limitHours: c.weekly_hours_limit,
    })),
    memberLimitHours: member.weekly_hours_limit,
    runningContractId: tracker?.contract_id ?? null,
  })

  return {
    member,
    state,
    localDate: date,
    projectName,
    taskTitle,
    description,
    startedAt,
    todaySeconds,
    baseAt,
    lastEntry,
    checkedAt: current?.checkedAt ?? null,
    timelineAt: timeline?.fetchedAt ?? null,
    flags,
    projectIds: [...new Set(contractsOf.map((c) => c.project_id))],
  }
}

export function buildBoard(input: BoardInput): LiveRow[] {
  const byUser = new Map<number, Contract[]>()
  for (const c of input.contracts) byUser.set(c.user_id, [...(byUser.get(c.user_id) ?? []), c])
  return input.members.filter(isWatched).map((m) => buildRow(input, m, byUser.get(m.id) ?? []))
}

/**
 * Likely tracking now, so worth checking first: seen tracking, or their last entry ended within
 * the last half hour (a break), or in the desktop window.
 */
export function isLikelyActive(row: Pick<LiveRow, 'state' | 'lastEntry'>, now: number): boolean {
  if (row.state === 'tracking' || row.state === 'desktop') return true
  return row.lastEntry !== null && now - Date.parse(row.lastEntry.end) < 30 * 60_000
}

export const stateLabels: Record<LiveState, string> = {
  tracking: 'Tracking now',
  desktop: 'Tracking (desktop app, from timeline)',
  idle: 'Idle today',
  'not-started': 'Not started',
  'on-leave': 'On leave',
}
