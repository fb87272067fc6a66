import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import type { InboxKind } from '../inbox-items'
import {
  getLeaveBalance,
  listLeaves,
  listMemberContracts,
  listPendingTimeRequests,
  listSubmittedTimesheets,
  type DateRange,
} from './requests'

/**
 * The inbox keeps its queries under each resource's own key root, so a change made on a resource's
 * page (which invalidates e.g. `['timesheets']`) refreshes the inbox, and a decision made here
 * refreshes those pages.
 */
export const resourceRoot: Record<InboxKind, string> = { timesheet: 'timesheets', 'time-request': 'time-requests', leave: 'leaves' }

export const inboxKeys = {
  resource: (workspaceId: number, kind: InboxKind) => [resourceRoot[kind], workspaceId] as const,
  pending: (workspaceId: number, kind: InboxKind) => [...inboxKeys.resource(workspaceId, kind), 'inbox-pending'] as const,
  memberContracts: (workspaceId: number, userId: number) => ['contracts', workspaceId, 'member', userId] as const,
  leaves: (workspaceId: number, filters: Record<string, unknown>) => ['leaves', workspaceId, 'inbox-context', filters] as const,
  balance: (workspaceId: number, userId: number, year: string) => ['leaves', workspaceId, 'balance', userId, year] as const,
  decide: (workspaceId: number) => ['inbox', workspaceId, 'decide'] as const,
}

/**
 * Assumed window for pending time requests (the API insists on one): a year back, a month ahead.
 * A request older than that would not show; none in the vendor's flow waits that long.
 */
export function pendingTimeRequestRange(today = new Date()): DateRange {
  const shift = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10)
  return { date_from: shift(-365), date_to: shift(31) }
}

// Context changes slowly next to a decision; two minutes saves the budget while triaging.
const CONTEXT_STALE_MS = 2 * 60_000

export const inboxQueries = {
  timesheets: (workspaceId: number) =>
    queryOptions({
      queryKey: inboxKeys.pending(workspaceId, 'timesheet'),
      queryFn: (ctx) => listSubmittedTimesheets(workspaceId, queryRequest(ctx)),
    }),
  timeRequests: (workspaceId: number) =>
    queryOptions({
      queryKey: inboxKeys.pending(workspaceId, 'time-request'),
      queryFn: (ctx) => listPendingTimeRequests(workspaceId, pendingTimeRequestRange(), queryRequest(ctx)),
    }),
  leaves: (workspaceId: number) =>
    queryOptions({
      queryKey: inboxKeys.pending(workspaceId, 'leave'),
      queryFn: (ctx) => listLeaves(workspaceId, { status: 'pending' }, queryRequest(ctx)),
    }),
  memberContracts: (workspaceId: number, userId: number) =>
    queryOptions({
      queryKey: inboxKeys.memberContracts(workspaceId, userId),
      queryFn: (ctx) => listMemberContracts(workspaceId, userId, queryRequest(ctx)),
      staleTime: CONTEXT_STALE_MS,
    }),
  /** Approved leave overlapping a window, optionally of one member. */
  approvedLeaves: (workspaceId: number, range: DateRange, userId?: number) =>
    queryOptions({
      queryKey: inboxKeys.leaves(workspaceId, { ...range, userId }),
      queryFn: (ctx) => listLeaves(workspaceId, { status: 'approved', ...range, user_id: userId }, queryRequest(ctx)),
      staleTime: CONTEXT_STALE_MS,
    }),
  /** A member's balances over the calendar year of the leave. */
  balance: (workspaceId: number, userId: number, year: string) =>
    queryOptions({
      queryKey: inboxKeys.balance(workspaceId, userId, year),
      queryFn: (ctx) => getLeaveBalance(workspaceId, userId, { date_from: `${year}-01-01`, date_to: `${year}-12-31` }, queryRequest(ctx)),
      staleTime: CONTEXT_STALE_MS,
    }),
}
