import { infiniteQueryOptions, queryOptions, type QueryClient, type QueryFunctionContext } from '@tanstack/react-query'
import { MAX_PER_PAGE, type Pagination } from '@/contract/pagination'
import { queryRequest } from '@/lib/api/query-priority'
import type { InboxKind } from '../inbox-items'
import {
  getLeaveBalance,
  listLeaves,
  listMemberContracts,
  pendingLeavePage,
  pendingTimeRequestPage,
  submittedTimesheetPage,
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
  count: (workspaceId: number, kind: InboxKind) => [...inboxKeys.resource(workspaceId, kind), 'inbox-count'] as const,
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

type PageFetcher<T> = (page: { page: number; per_page: number }, options: ReturnType<typeof queryRequest>) => Promise<{
  data: T[]
  meta: { pagination: Pagination }
}>

/**
 * A queue read page by page (100 a page): the first page shows at once, the rest follow (see
 * useInbox). Later pages are for the page on screen, so they are not background work.
 */
function pendingQueue<T>(queryKey: readonly unknown[], fetchPage: PageFetcher<T>) {
  return infiniteQueryOptions({
    queryKey,
    initialPageParam: 1,
    queryFn: (ctx: QueryFunctionContext<readonly unknown[], number>) => {
      const request = queryRequest(ctx)
      return fetchPage({ page: ctx.pageParam, per_page: MAX_PER_PAGE }, ctx.pageParam > 1 ? { ...request, priority: 'page' } : request)
    },
    getNextPageParam: (last) => (last.meta.pagination.current_page < last.meta.pagination.last_page ? last.meta.pagination.current_page + 1 : undefined),
  })
}

export const inboxQueries = {
  timesheets: (workspaceId: number) =>
    pendingQueue(inboxKeys.pending(workspaceId, 'timesheet'), (page, options) => submittedTimesheetPage(workspaceId, page, options)),
  timeRequests: (workspaceId: number) =>
    pendingQueue(inboxKeys.pending(workspaceId, 'time-request'), (page, options) =>
      pendingTimeRequestPage(workspaceId, pendingTimeRequestRange(), page, options),
    ),
  leaves: (workspaceId: number) =>
    pendingQueue(inboxKeys.pending(workspaceId, 'leave'), (page, options) => pendingLeavePage(workspaceId, page, options)),
  /** How many wait, for the sidebar: one row's page says the total. */
  count: (workspaceId: number, kind: InboxKind) =>
    queryOptions({
      queryKey: inboxKeys.count(workspaceId, kind),
      queryFn: async (ctx) => {
        const page = { page: 1, per_page: 1 }
        const request = queryRequest(ctx)
        const first =
          kind === 'timesheet'
            ? await submittedTimesheetPage(workspaceId, page, request)
            : kind === 'time-request'
              ? await pendingTimeRequestPage(workspaceId, pendingTimeRequestRange(), page, request)
              : await pendingLeavePage(workspaceId, page, request)
        return first.meta.pagination.total
      },
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

/**
 * The route loader's work: the first page of each queue, together. A navigation waits for them at
 * the user's priority; a hover prefetch goes to the back of the budget's queue.
 */
export function loadInboxQueues(queryClient: QueryClient, workspaceId: number, preload: boolean) {
  const meta = { priority: preload ? ('background' as const) : ('user' as const) }
  const load = preload ? queryClient.prefetchInfiniteQuery.bind(queryClient) : queryClient.ensureInfiniteQueryData.bind(queryClient)
  return Promise.all([
    load({ ...inboxQueries.timesheets(workspaceId), meta }),
    load({ ...inboxQueries.timeRequests(workspaceId), meta }),
    load({ ...inboxQueries.leaves(workspaceId), meta }),
  ])
}
