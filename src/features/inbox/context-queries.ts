import { useEffect } from 'react'
import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query'
import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import type { InboxRecord } from './use-inbox'
import { inboxQueries } from '@/api/approvals/queries'

// What each kind's context panel reads, in one place: the panels query it, and the inbox
// prefetches it for the item the cursor goes to next, so triage never waits on its context.

// A record without its member's id (the docs make `user_id` nullable) has no member context.

export const timesheetContextQueries = (workspaceId: number, timesheet: Timesheet) => ({
  contracts: { ...inboxQueries.memberContracts(workspaceId, timesheet.user_id ?? 0), enabled: timesheet.user_id !== undefined },
  leaves: {
    ...inboxQueries.approvedLeaves(workspaceId, { date_from: timesheet.date_from, date_to: timesheet.date_to }, timesheet.user_id ?? 0),
    enabled: timesheet.user_id !== undefined,
  },
})

export const timeRequestContextQueries = (workspaceId: number, request: TimeRequest) => ({
  contracts: { ...inboxQueries.memberContracts(workspaceId, request.user_id ?? 0), enabled: request.user_id !== undefined },
})

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
export function usePrefetchContext(workspaceId: number, item: InboxRecord | undefined) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!item) return
    const prefetch = <T, K extends QueryKey>(query: FetchQueryOptions<T, Error, T, K> & { enabled?: unknown }) => {
      if (query.enabled !== false) void queryClient.prefetchQuery({ ...query, meta: { priority: 'background' } })
    }
    if (item.kind === 'timesheet') {
      const { contracts, leaves } = timesheetContextQueries(workspaceId, item.record)
      prefetch(contracts)
      prefetch(leaves)
    } else if (item.kind === 'time-request') {
      prefetch(timeRequestContextQueries(workspaceId, item.record).contracts)
    } else {
      const { balance, approved } = leaveContextQueries(workspaceId, item.record)
      prefetch(balance)
      prefetch(approved)
    }
  }, [queryClient, workspaceId, item])
}
