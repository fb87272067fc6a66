import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'

export type InboxKind = 'timesheet' | 'time-request' | 'leave'

/** The fields of a leave request the queue needs. */
export type PendingLeave = Pick<LeaveRequest, 'id' | 'user_id' | 'status' | 'created_on' | 'start_date' | 'end_date'>

/** One pending decision, whatever its kind, in the shape the queue renders and sorts. */
export interface InboxItem {
  /** Unique across kinds: `timesheet:<id>`. */
  key: string
  kind: InboxKind
  id: string
  userId: number
  /** Null until the member list has arrived. */
  memberName: string | null
  /** When it was submitted; the queue's "newest first" order. */
  submittedAt: string
  /** The period the decision covers, `YYYY-MM-DD` inclusive. */
  from: string
  to: string
}

export type InboxOrder = 'newest' | 'member'

export const itemKey = (kind: InboxKind, id: string) => `${kind}:${id}`

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
        memberName: `${t.member.firstname} ${t.member.lastname}`,
        submittedAt: t.submitted_on ?? t.updated_at,
        from: t.date_from,
        to: t.date_to,
      })),
    ...sources.timeRequests
      .filter((r) => r.status === 'pending' && r.user_id !== null)
      .map((r) => ({
        key: itemKey('time-request', r.id),
        kind: 'time-request' as const,
        id: r.id,
        userId: r.user_id!,
        memberName: memberNames.get(r.user_id!) ?? null,
        submittedAt: r.created_at,
        from: (r.start ?? r.created_at).slice(0, 10),
        to: (r.end ?? r.start ?? r.created_at).slice(0, 10),
      })),
    ...sources.leaves
      .filter((l) => l.status === 'pending' && l.user_id !== null && l.start_date)
      .map((l) => ({
        key: itemKey('leave', l.id),
        kind: 'leave' as const,
        id: l.id,
        userId: l.user_id!,
        memberName: memberNames.get(l.user_id!) ?? null,
        // Assumed: `created_on` may be missing (legacy field); the start date orders it then.
        submittedAt: l.created_on ?? l.start_date!,
        from: l.start_date!,
        to: l.end_date ?? l.start_date!,
      })),
  ]
  const newest = (a: InboxItem, b: InboxItem) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || a.key.localeCompare(b.key)
  return items.sort(
    order === 'member'
      ? (a, b) => (a.memberName ?? '\uffff').localeCompare(b.memberName ?? '\uffff') || a.userId - b.userId || newest(a, b)
      : newest,
  )
}

/** How many of each kind wait, for the sidebar's badges. */
export function countByKind(items: readonly InboxItem[]): Record<InboxKind, number> {
  const counts: Record<InboxKind, number> = { timesheet: 0, 'time-request': 0, leave: 0 }
  for (const item of items) counts[item.kind]++
  return counts
}
