import { daysInclusive } from '@/contract/calendar'
import type { LeaveRequest } from '@/contract/leaves'

// "Away soon": approved leave that starts within the window, soonest first.

export function leavesStartingSoon(leaves: readonly LeaveRequest[], window: { from: string; to: string }): (LeaveRequest & { start_date: string })[] {
  return leaves
    .filter(
      (l): l is LeaveRequest & { start_date: string } =>
        l.status === 'approved' && l.start_date !== undefined && l.start_date >= window.from && l.start_date <= window.to,
    )
    .sort((a, b) => a.start_date.localeCompare(b.start_date) || a.id.localeCompare(b.id))
}

/** "today", "tomorrow", "in 5 days". */
export function startsIn(start: string, today: string): string {
  const days = daysInclusive(today, start) - 1
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`
}
