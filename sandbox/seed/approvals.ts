// What waits for a manager's decision: weekly timesheets and manual time requests. Old weeks are
// settled; the last few completed weeks are a mix, so an approvals inbox has plenty to show.

import type { TimeRequestRecord, TimeSpanRecord, TimesheetRecord, TimesheetStatus } from '../store/types'
import { type Day, DAY_MS, formatDay, HOUR_MS, isoInstant, localToUtc, MINUTE_MS, mondayOf } from './calendar'
import { spanDescriptions, timeRequestNotes, timeRequestRejectComments, timesheetRejectReasons } from './catalog'
import type { Rng } from './random'
import { clamp, type SeedContext, stamp } from './seed-context'
import { boundsKey, type DayBounds, type Tracker } from './time'

/** Status odds by how many weeks ago the week ended (0 = the current week). */
function statusFor(rng: Rng, weeksAgo: number): TimesheetStatus {
  if (weeksAgo === 0) return 'pending'
  if (weeksAgo === 1)
    return rng.weighted<TimesheetStatus>([
      ['submitted', 50],
      ['pending', 25],
      ['rejected', 12],
      ['approved', 13],
    ])
  if (weeksAgo === 2)
    return rng.weighted<TimesheetStatus>([
      ['approved', 45],
      ['submitted', 30],
      ['rejected', 12],
      ['pending', 13],
    ])
  if (weeksAgo === 3)
    return rng.weighted<TimesheetStatus>([
      ['approved', 80],
      ['submitted', 10],
      ['rejected', 5],
      ['pending', 5],
    ])
  return rng.weighted<TimesheetStatus>([
    ['approved', 96],
    ['rejected', 2],
    ['pending', 2],
  ])
}

export function buildTimesheets(ctx: SeedContext, rng: Rng, trackers: readonly Tracker[], deciders: readonly number[]): TimesheetRecord[] {
  const current = mondayOf(ctx.seedDay)
  const sheets: TimesheetRecord[] = []
  for (const { member } of trackers) {
    for (let monday = ctx.windowStart; monday <= current; monday += 7) {
      const weeksAgo = (current - monday) / 7
      sheets.push(sheet(ctx, rng, member.membership.workspaceId, member.user.id, monday, statusFor(rng, weeksAgo), deciders))
    }
  }
  // Every status must exist in every workspace with history, whatever the dice said.
  for (const workspaceId of new Set(sheets.map((s) => s.workspaceId))) {
    for (const status of ['submitted', 'approved', 'rejected'] as const) {
      if (sheets.some((s) => s.workspaceId === workspaceId && s.status === status)) continue
      const i = sheets.findIndex((s) => s.workspaceId === workspaceId && s.status === 'pending' && Date.parse(s.dateTo) < current * DAY_MS)
      const old = sheets[i]
      if (old) sheets[i] = { ...sheet(ctx, rng, workspaceId, old.userId, Date.parse(old.dateFrom) / DAY_MS, status, deciders), id: old.id }
    }
  }
  return sheets
}

function sheet(
  ctx: SeedContext,
  rng: Rng,
  workspaceId: number,
  userId: number,
  monday: Day,
  status: TimesheetStatus,
  deciders: readonly number[],
): TimesheetRecord {
  const createdMs = monday * DAY_MS + rng.int(0, 30) * MINUTE_MS
  // Submitted on Friday evening .. Monday morning after the week; decided a day or two later.
  const latest = ctx.cutoffMs - 3 * HOUR_MS
  const submittedMs = status === 'pending' ? null : Math.min((monday + 4) * DAY_MS + rng.int(15 * 60, 3 * 24 * 60 + 10 * 60) * MINUTE_MS, latest)
  const decided = status === 'approved' || status === 'rejected'
  const decidedMs =
    decided && submittedMs !== null
      ? clamp(submittedMs + rng.int(2 * 60, 2 * 24 * 60) * MINUTE_MS, submittedMs + 30 * MINUTE_MS, Math.max(ctx.cutoffMs, submittedMs + 30 * MINUTE_MS))
      : null
  return {
    id: rng.uuid(),
    workspaceId,
    userId,
    dateFrom: formatDay(monday),
    dateTo: formatDay(monday + 6),
    status,
    submittedOn: submittedMs === null ? null : isoInstant(submittedMs),
    rejectReason: status === 'rejected' ? rng.pick(timesheetRejectReasons) : null,
    decidedBy: decided ? rng.pick(deciders) : null,
    decidedAt: decidedMs === null ? null : isoInstant(decidedMs),
    createdAt: isoInstant(createdMs),
    updatedAt: isoInstant(decidedMs ?? submittedMs ?? createdMs),
  }
}

export interface TimeRequestCounts {
  pending: number
  approved: number
  rejected: number
}

/**
 * Manual time requests for recent days, placed in the evening after (or the morning before) the
 * day's tracked time so they never overlap it. Approved ones also become 'manual' spans, since
 * approved manual time counts as tracked time everywhere.
 */
export function buildTimeRequests(
  ctx: SeedContext,
  rng: Rng,
  trackers: readonly Tracker[],
  bounds: Map<string, DayBounds>,
  deciders: readonly number[],
  counts: TimeRequestCounts,
): { requests: TimeRequestRecord[]; spans: TimeSpanRecord[] } {
  const candidates: { tracker: Tracker; day: Day; bounds: DayBounds }[] = []
  for (const tracker of trackers) {
    for (let day = ctx.seedDay - 14; day < ctx.seedDay; day++) {
      const b = bounds.get(boundsKey(tracker.member.user.id, day))
      if (b) candidates.push({ tracker, day, bounds: b })
    }
  }
  const statuses = [
    ...Array<TimeRequestRecord['status']>(counts.pending).fill('pending'),
    ...Array<TimeRequestRecord['status']>(counts.approved).fill('approved'),
    ...Array<TimeRequestRecord['status']>(counts.rejected).fill('rejected'),
  ]
  const requests: TimeRequestRecord[] = []
  const spans: TimeSpanRecord[] = []
  for (const { tracker, day, bounds: b } of rng.sample(candidates, statuses.length * 2)) {
    const status = statuses[requests.length]
    if (!status) break
    const { user } = tracker.member
    const tz = user.timezone ?? 'UTC'
    const minutes = rng.int(1, 8) * 30
    const evening = b.last + rng.int(45, 120) * MINUTE_MS
    const morningEnd = b.first - rng.int(30, 90) * MINUTE_MS
    let start: number
    if (evening + minutes * MINUTE_MS <= localToUtc(tz, day, 23 * 60 + 30)) start = evening
    else if (morningEnd - minutes * MINUTE_MS >= localToUtc(tz, day, 6 * 60)) start = morningEnd - minutes * MINUTE_MS
    else continue
    const end = start + minutes * MINUTE_MS
    // Asked for afterwards, so the time has passed a while before the request is made.
    if (end > ctx.cutoffMs - 2 * HOUR_MS) continue
    // Each bound is used once, and grows to cover the request so later ones stay clear of it.
    b.first = Math.min(b.first, start)
    b.last = Math.max(b.last, end)
    const contract = rng.pick(tracker.contracts)
    const createdMs = Math.min(end + rng.int(30, 26 * 60) * MINUTE_MS, ctx.cutoffMs - 2 * HOUR_MS)
    const decider = rng.pick(deciders)
    const updatedMs = status === 'pending' ? createdMs : Math.min(createdMs + rng.int(20, 20 * 60) * MINUTE_MS, ctx.cutoffMs)
    requests.push({
      id: rng.uuid(),
      workspaceId: contract.workspaceId,
      userId: user.id,
      contractId: contract.id,
      projectId: contract.projectId,
      taskId: null,
      start: isoInstant(start),
      end: isoInstant(end),
      status,
      notes: rng.pick(timeRequestNotes),
      comment:
        status === 'rejected' ? rng.pick(timeRequestRejectComments) : status === 'approved' && rng.chance(0.3) ? 'Approved, thanks for the details.' : null,
      updatedBy: status === 'pending' ? null : decider,
      createdAt: stamp(ctx, createdMs),
      updatedAt: stamp(ctx, Math.max(updatedMs, createdMs)),
    })
    if (status === 'approved') {
      spans.push({
        id: rng.uuid(),
        workspaceId: contract.workspaceId,
        userId: user.id,
        contractId: contract.id,
        projectId: contract.projectId,
        taskId: null,
        start: isoInstant(start),
        end: isoInstant(end),
        date: formatDay(day),
        activity: rng.int(20, 95),
        description: rng.pick(spanDescriptions),
        method: 'manual',
      })
    }
  }
  return { requests, spans }
}
