import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import { inboxQueries } from './api/queries'
import { mergeInbox, type InboxItem, type InboxOrder } from './inbox-items'

/** The record behind an item, for its context panel. */
export type InboxRecord =
  | { kind: 'timesheet'; record: Timesheet }
  | { kind: 'time-request'; record: TimeRequest }
  | { kind: 'leave'; record: LeaveRequest }

/** Every pending decision in one ordered list, plus each item's record. */
export function useInbox(workspaceId: number, memberNames: ReadonlyMap<number, string>, order: InboxOrder) {
  const [timesheets, timeRequests, leaves] = useSuspenseQueries({
    queries: [inboxQueries.timesheets(workspaceId), inboxQueries.timeRequests(workspaceId), inboxQueries.leaves(workspaceId)],
  })
  return useMemo(() => {
    const items = mergeInbox({ timesheets: timesheets.data, timeRequests: timeRequests.data, leaves: leaves.data }, memberNames, order)
    const records = new Map<string, InboxRecord>([
      ...timesheets.data.map((record) => [`timesheet:${record.id}`, { kind: 'timesheet', record }] as const),
      ...timeRequests.data.map((record) => [`time-request:${record.id}`, { kind: 'time-request', record }] as const),
      ...leaves.data.map((record) => [`leave:${record.id}`, { kind: 'leave', record }] as const),
    ])
    return { items, records, pendingLeaves: leaves.data }
  }, [timesheets.data, timeRequests.data, leaves.data, memberNames, order])
}

/** The item after `key` in the list, else the one before: where the cursor goes once `key` is decided. */
export function neighbourOf(items: readonly InboxItem[], key: string): string | undefined {
  const index = items.findIndex((item) => item.key === key)
  if (index === -1) return items[0]?.key
  return (items[index + 1] ?? items[index - 1])?.key
}
