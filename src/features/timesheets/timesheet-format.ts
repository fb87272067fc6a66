import type { Timesheet, TimesheetStatus } from '@/contract/timesheets'

/**
 * The member's name: the timesheet's own `member` (variant B), else the member list's name for
 * its `user_id` (variant A sends no member), else the id.
 */
export function memberName(t: Pick<Timesheet, 'member' | 'user_id'>, names?: ReadonlyMap<number, string>): string {
  if (t.member) return t.member.name
  if (t.user_id === undefined) return 'Unknown member'
  return names?.get(t.user_id) ?? `Member #${t.user_id}`
}

type Tone = 'neutral' | 'warning' | 'success' | 'danger'

/** `pending` is "not submitted yet", not "awaiting a decision": `submitted` is the one to review. */
const tones: Record<string, Tone> = { pending: 'neutral', submitted: 'warning', approved: 'success', rejected: 'danger' }
export const timesheetStatusTone = (status: TimesheetStatus): Tone => tones[status] ?? 'neutral'

const labels: Record<string, string> = { pending: 'Not submitted', submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected' }
/** What a status reads as: `pending` (variant A's `open`) is "Not submitted"; an unknown one is shown raw. */
export const timesheetStatusLabel = (status: TimesheetStatus): string => labels[status] ?? status

/** What a manager may do for a member now (the API's state machine, seeds/000). */
export function submissionActions(status: TimesheetStatus) {
  return { canSubmit: status === 'pending' || status === 'rejected', canUnsubmit: status === 'submitted' }
}

/** Time on the timesheet that earns nothing: its amount reads "Not billable" rather than 0.00. */
export const notBillableLabel = (t: Pick<Timesheet, 'total_minutes'>) => (t.total_minutes ? 'Not billable' : undefined)
