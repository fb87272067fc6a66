import type { InfiniteData } from '@tanstack/react-query'
import type { InboxKind } from '@/api/approvals/kinds'
import { queueCount, type InboxCount } from '@/api/approvals/queries'
import type { ListAnswer } from '@/contract/envelope'

// "Waiting for you": how many of each kind wait, and how long the oldest has.

const DAY_MS = 86_400_000

export const kindNouns: Record<InboxKind, { one: string; many: string }> = {
  timesheet: { one: 'timesheet', many: 'timesheets' },
  'time-request': { one: 'time request', many: 'time requests' },
  leave: { one: 'leave request', many: 'leave requests' },
}

export interface QueueSummary {
  kind: InboxKind
  count: InboxCount
  /** Whole days the oldest item has waited; null when none says when it was submitted. */
  oldestDays: number | null
  /** More pages wait unread: the oldest read so far may not be the oldest. */
  oldestAtLeast: boolean
}

/** A queue's figures from the inbox's pages as read so far (the first page of 100, usually all). */
export function summarizeQueue<T>(
  kind: InboxKind,
  data: InfiniteData<ListAnswer<T>>,
  hasNextPage: boolean,
  submittedAt: (row: T) => string | undefined,
  now: number,
): QueueSummary {
  const times = data.pages
    .flatMap((page) => page.data.map(submittedAt))
    .flatMap((at) => (at ? [Date.parse(at)] : []))
    .filter(Number.isFinite)
  const oldest = times.length ? Math.min(...times) : null
  return {
    kind,
    count: queueCount(data, hasNextPage),
    oldestDays: oldest === null ? null : Math.max(0, Math.floor((now - oldest) / DAY_MS)),
    oldestAtLeast: hasNextPage,
  }
}

/** "oldest: 3 days", "oldest: today", "oldest: 9+ days" while pages remain unread. */
export function oldestText({ count, oldestDays, oldestAtLeast }: QueueSummary): string | null {
  if (count.total === 0 || oldestDays === null) return null
  if (oldestDays === 0 && !oldestAtLeast) return 'oldest: today'
  return `oldest: ${oldestDays}${oldestAtLeast ? '+' : ''} ${oldestDays === 1 && !oldestAtLeast ? 'day' : 'days'}`
}

/** "1 time request", "28 timesheets", "100+ leave requests". */
export function countPhrase(kind: InboxKind, count: InboxCount): string {
  const nouns = kindNouns[kind]
  return `${count.total}${count.atLeast ? '+' : ''} ${count.total === 1 && !count.atLeast ? nouns.one : nouns.many}`
}
