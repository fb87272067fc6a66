import { useEffect, useMemo } from 'react'
import { useSuspenseInfiniteQuery, type UseSuspenseInfiniteQueryResult, type InfiniteData } from '@tanstack/react-query'
import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import { inboxQueries } from '@/api/approvals/queries'
import { mergeInbox, type InboxItem, type InboxOrder } from './inbox-items'

/** The record behind an item, for its context panel. */
export type InboxRecord = { kind: 'timesheet'; record: Timesheet } | { kind: 'time-request'; record: TimeRequest } | { kind: 'leave'; record: LeaveRequest }

type Queue<T> = UseSuspenseInfiniteQueryResult<InfiniteData<{ data: T[] }, unknown>>

/** A queue's rows, each once: a server that pages inconsistently may send a row twice. */
const rows = <T extends { id: string }>(queue: Queue<T>) => [...new Map(queue.data.pages.flatMap((page) => page.data).map((row) => [row.id, row])).values()]

/** Keep reading a queue's pages until it is whole; the first page is already on screen. */
function useWholeQueue(queue: Queue<unknown>) {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = queue
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage])
}

/** Every pending decision in one ordered list, plus each item's record. */
export function useInbox(workspaceId: number, memberNames: ReadonlyMap<number, string>, order: InboxOrder) {
  const timesheets = useSuspenseInfiniteQuery(inboxQueries.timesheets(workspaceId))
  const timeRequests = useSuspenseInfiniteQuery(inboxQueries.timeRequests(workspaceId))
  const leaves = useSuspenseInfiniteQuery(inboxQueries.leaves(workspaceId))
  useWholeQueue(timesheets)
  useWholeQueue(timeRequests)
  useWholeQueue(leaves)
  const loadingMore = [timesheets, timeRequests, leaves].some((q) => q.hasNextPage)

  const data = useMemo(() => {
    const sources = { timesheets: rows(timesheets), timeRequests: rows(timeRequests), leaves: rows(leaves) }
    const items = mergeInbox(sources, memberNames, order)
    const records = new Map<string, InboxRecord>([
      ...sources.timesheets.map((record) => [`timesheet:${record.id}`, { kind: 'timesheet', record }] as const),
      ...sources.timeRequests.map((record) => [`time-request:${record.id}`, { kind: 'time-request', record }] as const),
      ...sources.leaves.map((record) => [`leave:${record.id}`, { kind: 'leave', record }] as const),
    ])
    return { items, records, pendingLeaves: sources.leaves }
    // The queries' data objects change exactly when their rows do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timesheets.data, timeRequests.data, leaves.data, memberNames, order])
  return { ...data, loadingMore }
}

/** The item after `key` in the list, else the one before: where the cursor goes once `key` is decided. */
export function neighbourOf(items: readonly InboxItem[], key: string): string | undefined {
  const index = items.findIndex((item) => item.key === key)
  if (index === -1) return items[0]?.key
  return (items[index + 1] ?? items[index - 1])?.key
}
