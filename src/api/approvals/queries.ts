import { infiniteQueryOptions, queryOptions, type InfiniteData, type QueryClient, type QueryFunctionContext } from '@tanstack/react-query'
import { addDays, todayUtc } from '@/contract/calendar'
import type { ListAnswer } from '@/contract/envelope'
import { MAX_PER_PAGE, pageInfo } from '@/contract/pagination'
import { queryRequest } from '@/lib/api/query-priority'
import type { InboxKind } from './kinds'
import { getLeaveBalance, listLeaves, pendingLeavePage, pendingTimeRequestPage, submittedTimesheetPage, type DateRange } from './requests'

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
  leaves: (workspaceId: number, filters: Record<string, unknown>) => ['leaves', workspaceId, 'inbox-context', filters] as const,
  balance: (workspaceId: number, userId: number, year: string) => ['leaves', workspaceId, 'balance', userId, year] as const,
  decide: (workspaceId: number) => ['inbox', workspaceId, 'decide'] as const,
}

/**
 * Assumed window for pending time requests (the API insists on one): a year back, a month ahead.
 * A request older than that would not show; none in the vendor's flow waits that long.
 */
export function pendingTimeRequestRange(today = todayUtc()): DateRange {
  return { date_from: addDays(today, -365), date_to: addDays(today, 31) }
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

/** `12`, or `100+` when the vendor gave no total and a full page was counted. */
export const countText = (count: InboxCount) => `${count.total}${count.atLeast ? '+' : ''}`

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

/**
 * A queue's size from the pages already read: the vendor's total when the first page carries
 * one, else the rows read (a lower bound while pages remain).
 */
export function queueCount(data: InfiniteData<ListAnswer<unknown>>, hasNextPage: boolean): InboxCount {
  const total = data.pages[0]?.pagination?.total
  if (total !== undefined) return { total, atLeast: false }
  return { total: data.pages.reduce((sum, page) => sum + page.data.length, 0), atLeast: hasNextPage }
}

/** How old a queue's first page may be for its total to stand in for a count (the default staleness). */
const COUNT_FROM_PAGES_MS = 60_000

/**
 * The total a queue's cached first page already tells, while it is fresh and not invalidated (the
 * inbox and Home read those pages): the sidebar's count then spends no request.
 */
function cachedCount(queryClient: QueryClient, workspaceId: number, kind: InboxKind): InboxCount | undefined {
  const state = queryClient.getQueryState<InfiniteData<ListAnswer<unknown>>>(inboxKeys.pending(workspaceId, kind))
  const total = state?.data?.pages[0]?.pagination?.total
  if (total === undefined || state!.isInvalidated || Date.now() - state!.dataUpdatedAt > COUNT_FROM_PAGES_MS) return undefined
  return { total, atLeast: false }
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
      queryFn: (ctx) => cachedCount(ctx.client, workspaceId, kind) ?? countQueue(queuePages(workspaceId)[kind], queryRequest(ctx)),
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
