import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { datesBetween } from '@/contract/calendar'
import type { LeaveRequest } from '@/contract/leaves'
import { inboxQueries } from '@/api/approvals/queries'
import type { DateRange } from '@/api/approvals/requests'
import { contractQueries } from '@/api/contracts/queries'
import { leaveSpan } from './context-queries'
import type { InboxItem } from './inbox-items'
import type { QueueContext } from './row-facts'

// The rows' flags need each member's contracts and approved leave. Read per member, that is a
// request or two per row; read for the whole queue, it is two lists: the workspace's contracts
// (the same read, and key, as every other page's) and the approved leave over the days the queue
// covers. Both go at background priority, after what the page shows, and rows say "—" until then.

const BACKGROUND = { priority: 'background' } as const

/** The days the queue's timesheets and time requests cover (leaves are not checked against leave). */
export function queueSpan(items: readonly InboxItem[]): DateRange | undefined {
  let span: DateRange | undefined
  for (const item of items) {
    if (item.kind === 'leave' || !item.from) continue
    const to = item.to ?? item.from
    span = span
      ? { date_from: item.from < span.date_from ? item.from : span.date_from, date_to: to > span.date_to ? to : span.date_to }
      : { date_from: item.from, date_to: to }
  }
  return span
}

const covers = (outer: DateRange, inner: DateRange) => outer.date_from <= inner.date_from && inner.date_to <= outer.date_to

/**
 * The span to read, which only grows: deciding the queue's first or last item would otherwise
 * narrow it and cost a new read of leave already held.
 */
function useGrowingSpan(needed: DateRange | undefined): DateRange | undefined {
  const [held, setHeld] = useState<DateRange>()
  if (needed && !(held && covers(held, needed))) {
    setHeld(held ? { date_from: [held.date_from, needed.date_from].sort()[0]!, date_to: [held.date_to, needed.date_to].sort()[1]! } : needed)
  }
  return held
}

function leaveDaysByUser(leaves: readonly LeaveRequest[]): Map<number, Set<string>> {
  const byUser = new Map<number, Set<string>>()
  for (const leave of leaves) {
    // The list is asked for approved leave; a server that ignored the filter must not flag pending ones.
    if (leave.user_id === undefined || leave.status !== 'approved' || !leave.start_date) continue
    const { start, end } = leaveSpan(leave)
    const days = byUser.get(leave.user_id) ?? new Set()
    for (const day of datesBetween(start, end)) days.add(day)
    byUser.set(leave.user_id, days)
  }
  return byUser
}

const NO_DAYS: ReadonlySet<string> = new Set()

/**
 * What the queue has read of its members' context. The leave read waits until every page of the
 * queues is in (`whole`), so its span is read once, not once per page.
 */
export function useQueueContext(workspaceId: number, items: readonly InboxItem[], whole: boolean): QueueContext {
  const needed = useMemo(() => (whole ? queueSpan(items) : undefined), [items, whole])
  const span = useGrowingSpan(needed)
  // Leaves alone need no contracts.
  const contracts = useQuery({ ...contractQueries.list(workspaceId), enabled: items.some((i) => i.kind !== 'leave'), meta: BACKGROUND })
  const leaves = useQuery({
    ...inboxQueries.approvedLeaves(workspaceId, span ?? { date_from: '', date_to: '' }),
    enabled: span !== undefined,
    meta: BACKGROUND,
  })
  const error = (contracts.error ?? leaves.error)?.message
  return useMemo(() => {
    const byUser = leaves.data && leaveDaysByUser(leaves.data)
    return {
      contracts: contracts.data && new Map(contracts.data.map((c) => [c.id, c])),
      leaveDays: (userId, from, to) => (byUser && span && covers(span, { date_from: from, date_to: to }) ? (byUser.get(userId) ?? NO_DAYS) : undefined),
      error: error && `Limits or leave could not be read: ${error}`,
    }
  }, [contracts.data, leaves.data, span, error])
}
