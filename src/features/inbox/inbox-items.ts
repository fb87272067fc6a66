import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import type { InboxKind } from '@/api/approvals/kinds'
import { leaveSubmittedAt, timeRequestSubmittedAt, timesheetSubmittedAt } from '@/api/approvals/submitted-at'

/** The fields of a leave request the queue needs. */
export type PendingLeave = Pick<LeaveRequest, 'id' | 'user_id' | 'status' | 'created_on' | 'start_date' | 'end_date'>

/** One pending decision, whatever its kind, in the shape the queue renders and sorts. */
export interface InboxItem {
  /** Unique across kinds: `timesheet:<id>`. */
  key: string
  kind: InboxKind
  id: string
  /** Undefined when the vendor did not say whose it is; the item still shows. */
  userId?: number
  /** Null until the member list has arrived (or when no name is known). */
  memberName: string | null
  /** When it was submitted, if the vendor says; the queue's "newest first" order. */
  submittedAt?: string
  /** The period the decision covers, `YYYY-MM-DD` inclusive, if known. */
  from?: string
  to?: string
}

export type InboxOrder = 'newest' | 'member'

export const itemKey = (kind: InboxKind, id: string) => `${kind}:${id}`

const nameOf = (memberNames: ReadonlyMap<number, string>, userId: number | undefined) => (userId === undefined ? null : (memberNames.get(userId) ?? null))

/**
 * Every pending decision of the three queues in one list. Items the vendor describes only in
 * part (no member, no dates: fields the docs make nullable) stay in the list rather than vanish.
 */
export function mergeInbox(
  sources: { timesheets: readonly Timesheet[]; timeRequests: readonly TimeRequest[]; leaves: readonly PendingLeave[] },
  memberNames: ReadonlyMap<number, string>,
  order: InboxOrder,
): InboxItem[] {
  const items: InboxItem[] = [
    ...sources.timesheets
      .filter((t) => t.status === 'submitted')
      .map((t) => ({
        key: itemKey('timesheet', t.id),
        kind: 'timesheet' as const,
        id: t.id,
        userId: t.user_id,
        // Variant A sends no member: the member list names it.
        memberName: t.member?.name ?? nameOf(memberNames, t.user_id),
        submittedAt: timesheetSubmittedAt(t),
        from: t.date_from,
        to: t.date_to,
      })),
    ...sources.timeRequests
      .filter((r) => r.status === 'pending')
      .map((r) => {
        const start = (r.start ?? r.created_at)?.slice(0, 10)
        return {
          key: itemKey('time-request', r.id),
          kind: 'time-request' as const,
          id: r.id,
          userId: r.user_id,
          memberName: nameOf(memberNames, r.user_id),
          submittedAt: timeRequestSubmittedAt(r),
          from: start,
          to: r.end?.slice(0, 10) ?? start,
        }
      }),
    ...sources.leaves
      .filter((l) => l.status === 'pending')
      .map((l) => ({
        key: itemKey('leave', l.id),
        kind: 'leave' as const,
        id: l.id,
        userId: l.user_id,
        memberName: nameOf(memberNames, l.user_id),
        submittedAt: leaveSubmittedAt(l),
        from: l.start_date,
        to: l.end_date ?? l.start_date,
      })),
  ]
  // Items with no date sort last; ties by key, so the order is stable.
  const time = (item: InboxItem) => (item.submittedAt ? Date.parse(item.submittedAt) : -Infinity)
  const newest = (a: InboxItem, b: InboxItem) => time(b) - time(a) || a.key.localeCompare(b.key)
  return items.sort(
    order === 'member'
      ? (a, b) => (a.memberName ?? '\uffff').localeCompare(b.memberName ?? '\uffff') || (a.userId ?? Infinity) - (b.userId ?? Infinity) || newest(a, b)
      : newest,
  )
}

/** How many of each kind wait, for the sidebar's badges. */
export function countByKind(items: readonly InboxItem[]): Record<InboxKind, number> {
  const counts: Record<InboxKind, number> = { timesheet: 0, 'time-request': 0, leave: 0 }
  for (const item of items) counts[item.kind]++
  return counts
}
