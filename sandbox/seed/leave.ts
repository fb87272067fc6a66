// Leave policies and requests. Requests are made before tracked time so that approved days off
// show up as days without work, except one deliberate day where the person tracked time anyway
// (a dashboard's "worked while on leave" flag needs a case to show).

import type { LeavePolicyRecord, LeaveRequestRecord } from '../store/types'
import { type Day, DAY_MS, formatDay, isWeekend, weekday } from './calendar'
import { leaveNotes, leaveRejectReasons } from './catalog'
import { moment } from './people'
import type { Rng } from './random'
import { type SeedContext, stamp } from './seed-context'

export function buildLeavePolicies(ctx: SeedContext, workspaceId: number): LeavePolicyRecord[] {
  return [
    { id: ctx.ids.take(), workspaceId, name: 'Vacation', isPaid: true, daysPerYear: 20 },
    { id: ctx.ids.take(), workspaceId, name: 'Sick leave', isPaid: true, daysPerYear: 10 },
    { id: ctx.ids.take(), workspaceId, name: 'Unpaid leave', isPaid: false, daysPerYear: 30 },
  ]
}

export interface LeaveCounts {
  approvedPast: number
  approvedFuture: number
  pending: number
  rejected: number
  partDay: number
  /** Approved days on which the person still tracks time. */
  workedOnLeave: number
}

export interface LeavePlan {
  requests: LeaveRequestRecord[]
  /** Days each user is away for a whole day (approved, in the past): no tracked time then. */
  away: Map<number, Set<Day>>
  /** Approved leave days the user nevertheless works. */
  mustWork: Map<number, Set<Day>>
}

type Kind = 'vacation' | 'sick' | 'unpaid'

export function buildLeaveRequests(
  ctx: SeedContext,
  rng: Rng,
  workspaceId: number,
  policies: readonly LeavePolicyRecord[],
  people: readonly number[],
  deciders: readonly number[],
  counts: LeaveCounts,
): LeavePlan {
  const plan: LeavePlan = { requests: [], away: new Map(), mustWork: new Map() }
  const booked = new Map<number, Set<Day>>()
  const policyOf = (kind: Kind): LeavePolicyRecord => policies[kind === 'vacation' ? 0 : kind === 'sick' ? 1 : 2] as LeavePolicyRecord
  const nextWeekday = (day: Day): Day => (isWeekend(day) ? day + (7 - weekday(day)) : day)
  const addTo = (map: Map<number, Set<Day>>, userId: number, days: Day[]): void => {
    const set = map.get(userId) ?? new Set<Day>()
    for (const d of days) set.add(d)
    map.set(userId, set)
  }

  /** Books a request if the user has nothing else on those days; returns the covered weekdays. */
  const request = (
    status: LeaveRequestRecord['status'],
    kind: Kind,
    first: Day,
    workdays: number,
    when: 'past' | 'future',
    times: [string, string] | null = null,
  ): Day[] | null => {
    const start = nextWeekday(first)
    const days: Day[] = []
    let end = start
    for (let d = start; days.length < workdays; d++) if (!isWeekend(d)) days.push((end = d))
    for (let attempt = 0; attempt < 8; attempt++) {
      const userId = rng.pick(people)
      const taken = booked.get(userId)
      if (taken && days.some((d) => taken.has(d))) continue
      addTo(booked, userId, days)
      const decider = rng.pick(deciders)
      // Sick leave is reported the morning it starts; the rest is planned ahead.
      const createdMs =
        kind === 'sick' ? moment(rng, start) : when === 'future' ? moment(rng, ctx.seedDay - rng.int(1, 20)) : moment(rng, start - rng.int(5, 40))
      plan.requests.push({
        id: rng.uuid(),
        workspaceId,
        userId,
        policyId: policyOf(kind).id,
        status,
        note: kind === 'sick' ? rng.pick(['Feeling unwell', 'Flu', null]) : rng.pick(leaveNotes),
        startDate: formatDay(start),
        endDate: formatDay(end),
        startTime: times?.[0] ?? null,
        endTime: times?.[1] ?? null,
        createdBy: rng.chance(0.9) ? userId : decider,
        approvedBy: status === 'approved' ? decider : null,
        rejectedBy: status === 'rejected' ? decider : null,
        rejectReason: status === 'rejected' ? rng.pick(leaveRejectReasons) : null,
        createdAt: stamp(ctx, Math.min(createdMs, start * DAY_MS + 8 * 3_600_000)),
      })
      if (status === 'approved' && when === 'past' && !times)
        addTo(
          plan.away,
          userId,
          days.filter((d) => d < ctx.seedDay),
        )
      return days
    }
    return null
  }

  const pastDay = (latest: number) => rng.int(ctx.windowStart, ctx.seedDay - latest)
  for (let i = 0; i < counts.approvedPast; i++) {
    const kind = rng.weighted<Kind>([
      ['vacation', 55],
      ['sick', 35],
      ['unpaid', 10],
    ])
    request('approved', kind, pastDay(6), kind === 'sick' ? rng.int(1, 2) : rng.int(1, 5), 'past')
  }
  for (let i = 0; i < counts.approvedFuture; i++) {
    request('approved', rng.chance(0.8) ? 'vacation' : 'unpaid', ctx.seedDay + rng.int(1, 45), rng.int(1, 8), 'future')
  }
  // Half of the pending requests land in one busy week, so "who else is away" has answers.
  const busyWeek = ctx.seedDay + rng.int(14, 21)
  for (let i = 0; i < counts.pending; i++) {
    const first = i % 2 === 0 ? busyWeek + rng.int(0, 3) : ctx.seedDay + rng.int(3, 40)
    request('pending', rng.chance(0.85) ? 'vacation' : 'unpaid', first, rng.int(1, 5), 'future')
  }
  for (let i = 0; i < counts.rejected; i++) {
    const offset = rng.int(-20, 30)
    request('rejected', 'vacation', ctx.seedDay + offset, rng.int(2, 5), offset < 0 ? 'past' : 'future')
  }
  for (let i = 0; i < counts.partDay; i++) {
    if (i % 2 === 0) request('approved', 'vacation', pastDay(2), 1, 'past', ['13:00', '17:00'])
    else request('pending', 'vacation', ctx.seedDay + rng.int(2, 20), 1, 'future', ['09:00', '12:30'])
  }
  for (let i = 0; i < counts.workedOnLeave; i++) {
    const days = request('approved', 'vacation', ctx.seedDay - rng.int(8, 20), 1, 'past')
    const last = plan.requests[plan.requests.length - 1]
    if (days && last) {
      plan.away.get(last.userId)?.delete(days[0] as Day)
      addTo(plan.mustWork, last.userId, days)
    }
  }
  return plan
}
