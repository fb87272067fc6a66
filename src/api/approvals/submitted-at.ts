import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'

// When a pending item was put up for decision, as far as the vendor says: the inbox orders by it
// ("newest first") and Home tells how long the oldest has waited. Undefined when nothing says.

export const timesheetSubmittedAt = (t: Pick<Timesheet, 'submitted_on' | 'updated_at' | 'created_at'>) => t.submitted_on ?? t.updated_at ?? t.created_at

export const timeRequestSubmittedAt = (r: Pick<TimeRequest, 'created_at'>) => r.created_at

/** Assumed: `created_on` may be missing (a legacy field); the leave's start date stands in then. */
export const leaveSubmittedAt = (l: Pick<LeaveRequest, 'created_on' | 'start_date'>) => l.created_on ?? l.start_date
