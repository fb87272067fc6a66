import { useEffect } from 'react'
import { useQuery, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query'
import { addDays, mondayOf } from '@/contract/calendar'
import type { LeaveRequest } from '@/contract/leaves'
import type { Member } from '@/contract/members'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import { inboxQueries } from '@/api/approvals/queries'
import { contractQueries } from '@/api/contracts/queries'
import { memberQueries } from '@/api/members/queries'
import { timeEntryQueries } from '@/api/time-tracking/queries'
import type { QueueContext } from './row-facts'
import { requestDays } from './time-request-day'
import type { InboxRecord } from './use-inbox'

// What each kind's context panel reads, in one place: the panels query it, and the inbox
// prefetches it for the item the cursor goes to next, so triage never waits on its context.
// What the queue already holds for its rows' flags (`held`: every contract, the approved leave
// over the queue's days) is not read again per member.

// A record without its member's id (the docs make `user_id` nullable) has no member context.

export const timesheetContextQueries = (workspaceId: number, timesheet: Timesheet, held?: QueueContext) => ({
  contracts: {
    ...contractQueries.list(workspaceId, { user_id: timesheet.user_id ?? 0 }),
    enabled: timesheet.user_id !== undefined && !held?.contracts,
  },
  leaves: {
    ...inboxQueries.approvedLeaves(workspaceId, { date_from: timesheet.date_from, date_to: timesheet.date_to }, timesheet.user_id ?? 0),
    enabled: timesheet.user_id !== undefined && !held?.leaveDays(timesheet.user_id, timesheet.date_from, timesheet.date_to),
  },
})

/**
 * A time request's member's day (one read of their entries per day the span touches, usually
 * one: the same query as the member's day page) and the week's tracked hours (one report for the
 * whole workspace, shared with Contracts, Live and Home).
 */
export const timeRequestContextQueries = (workspaceId: number, request: TimeRequest, held?: QueueContext, timeZone?: string) => {
  const days = requestDays(request, timeZone)
  const monday = days[0] ? mondayOf(days[0]) : undefined
  return {
    monday,
    contracts: { ...contractQueries.list(workspaceId, { user_id: request.user_id ?? 0 }), enabled: request.user_id !== undefined && !held?.contracts },
    days: days.map((day) => ({ ...timeEntryQueries.day(workspaceId, request.user_id ?? 0, day), enabled: request.user_id !== undefined })),
    week: {
      ...contractQueries.week(workspaceId, { start_date: monday ?? '', end_date: monday ? addDays(monday, 6) : '' }),
      enabled: !!monday && request.contract_id !== undefined,
    },
  }
}

const zonesOf = (members: readonly Member[]) => new Map(members.flatMap((m) => (m.timezone ? [[m.id, m.timezone] as const] : [])))

/** Members' time zones, from the member list the inbox already reads for names (same query). */
export function useMemberZones(workspaceId: number): ReadonlyMap<number, string> | undefined {
  return useQuery({ ...memberQueries.list(workspaceId, {}), meta: { priority: 'page' }, select: zonesOf }).data
}

/** The leave's own days: an open-ended leave is one day long. */
export const leaveSpan = (leave: LeaveRequest) => {
  const start = leave.start_date ?? ''
  return { start, end: leave.end_date ?? start }
}

export const leaveContextQueries = (workspaceId: number, leave: LeaveRequest) => {
  const { start, end } = leaveSpan(leave)
  return {
    balance: { ...inboxQueries.balance(workspaceId, leave.user_id ?? 0, start.slice(0, 4)), enabled: leave.user_id !== undefined && !!start },
    approved: { ...inboxQueries.approvedLeaves(workspaceId, { date_from: start, date_to: end }), enabled: !!start },
  }
}

/** Fetch a record's context ahead, at background priority: it waits behind what is on screen. */
export function usePrefetchContext(workspaceId: number, item: InboxRecord | undefined, held: QueueContext, zones: ReadonlyMap<number, string> | undefined) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!item) return
    const prefetch = <T, K extends QueryKey>(query: FetchQueryOptions<T, Error, T, K> & { enabled?: unknown }) => {
      if (query.enabled !== false) void queryClient.prefetchQuery({ ...query, meta: { priority: 'background' } })
    }
    if (item.kind === 'timesheet') {
      const { contracts, leaves } = timesheetContextQueries(workspaceId, item.record, held)
      prefetch(contracts)
      prefetch(leaves)
    } else if (item.kind === 'time-request') {
      const zone = item.record.user_id === undefined ? undefined : zones?.get(item.record.user_id)
      const { contracts, days, week } = timeRequestContextQueries(workspaceId, item.record, held, zone)
      prefetch(contracts)
      days.forEach(prefetch)
      prefetch(week)
    } else {
      const { balance, approved } = leaveContextQueries(workspaceId, item.record)
      prefetch(balance)
      prefetch(approved)
    }
  }, [queryClient, workspaceId, item, held, zones])
}
