import { infiniteQueryOptions, queryOptions, type QueryClient, type QueryFunctionContext } from '@tanstack/react-query'
import type { ListAnswer } from '@/contract/envelope'
import { MAX_PER_PAGE, pageInfo } from '@/contract/pagination'
import { queryRequest } from '@/lib/api/query-priority'
import type { InboxKind } from './kinds'
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

type Page = { page: number; per_page: number }
type RequestOptions = ReturnType<typeof queryRequest>
type PageFetcher<T> = (page: Page, options: RequestOptions) => Promise<ListAnswer<T>>

/**
 * The page after `lastPage`, or undefined at the end. Without pagination from the vendor a full
 * page means more may follow; a page that repeats the first one means the server ignores `page`.
 */
function nextPageParam<T extends { id: string }>(lastPage: ListAnswer<T>, pages: ListAnswer<T>[], lastPageParam: number) {
  if (lastPageParam > 1 && lastPage.data[0] !== undefined && lastPage.data[0].id === pages[0]?.data[0]?.id) return undefined
  return pageInfo(lastPage.pagination, { page: lastPageParam, per_page: MAX_PER_PAGE }, lastPage.data.length).hasMore ? lastPageParam + 1 : undefined
}

/**
 * A queue read page by page (100 a page): the first page shows at once, the rest follow (see
 * useInbox). Later pages are for the page on screen, so they are not background work.
 */
function pendingQueue<T extends { id: string }>(queryKey: readonly unknown[], fetchPage: PageFetcher<T>) {
  return infiniteQueryOptions({
    queryKey,
    initialPageParam: 1,
    queryFn: (ctx: QueryFunctionContext<readonly unknown[], number>) => {
      const request = queryRequest(ctx)
      return fetchPage({ page: ctx.pageParam, per_page: MAX_PER_PAGE }, ctx.pageParam > 1 ? { ...request, priority: 'page' } : request)
    },
    getNextPageParam: nextPageParam,
  })
}

/** How many wait in a queue; `atLeast` when the vendor gave no total and the count is a lower bound. */
export interface InboxCount {
  total: number
  atLeast: boolean
}

/**
 * A queue's size from the cheapest request that tells: a page of one row carries the total. When
 * the vendor sends no pagination, a page of the largest size is counted instead (a full one is
 * "at least"); a server that ignored `per_page` sent the whole queue already.
 */
async function countQueue(fetchPage: PageFetcher<{ id: string }>, options: RequestOptions): Promise<InboxCount> {
  const one = await fetchPage({ page: 1, per_page: 1 }, options)
  if (one.pagination) return { total: one.pagination.total, atLeast: false }
  if (one.data.length !== 1) return { total: one.data.length, atLeast: false }
  const full = await fetchPage({ page: 1, per_page: MAX_PER_PAGE }, options)
  return { total: full.data.length, atLeast: full.data.length === MAX_PER_PAGE }
}

/** Each queue's pages: what is waiting for a decision. */
const queuePages = (workspaceId: number) => ({
  timesheet: (page: Page, options: RequestOptions) => submittedTimesheetPage(workspaceId, page, options),
  'time-request': (page: Page, options: RequestOptions) => pendingTimeRequestPage(workspaceId, pendingTimeRequestRange(), page, options),
  leave: (page: Page, options: RequestOptions) => pendingLeavePage(workspaceId, page, options),
})

export const inboxQueries = {
  timesheets: (workspaceId: number) => pendingQueue(inboxKeys.pending(workspaceId, 'timesheet'), queuePages(workspaceId).timesheet),
  timeRequests: (workspaceId: number) => pendingQueue(inboxKeys.pending(workspaceId, 'time-request'), queuePages(workspaceId)['time-request']),
  leaves: (workspaceId: number) => pendingQueue(inboxKeys.pending(workspaceId, 'leave'), queuePages(workspaceId).leave),
  /** How many wait, for the sidebar. */
  count: (workspaceId: number, kind: InboxKind) =>
    queryOptions({
      queryKey: inboxKeys.count(workspaceId, kind),
      queryFn: (ctx) => countQueue(queuePages(workspaceId)[kind], queryRequest(ctx)),
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
