import type { LeaveRequest, LeaveStatus } from '@/contract/leaves'
import { formatDay } from '@/utils/format'

export const leaveStatusTone: Record<LeaveStatus, 'warning' | 'success' | 'danger'> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
}

/** `Dec 28 – Dec 29, 2026`, or one day with its part-day times: `Dec 7, 2026 · 09:00–12:30`. */
export function leaveDates(r: Pick<LeaveRequest, 'start_date' | 'end_date' | 'start_time' | 'end_time'>): string {
  const { start_date: start, end_date: end } = r
  if (!start) return '—'
  const sameYear = !end || start.slice(0, 4) === end.slice(0, 4)
  const days = !end || end === start ? formatDay(start, true) : `${formatDay(start, !sameYear)} – ${formatDay(end, true)}`
  return r.start_time && r.end_time ? `${days} · ${r.start_time}–${r.end_time}` : days
}

/** `2 days`, `0.44 days (3.5 h)`: part days also say their hours. */
export function leaveLength(total: LeaveRequest['total']): string | null {
  if (!total) return null
  const days = `${Math.round(total.days * 100) / 100} ${total.days === 1 ? 'day' : 'days'}`
  return Number.isInteger(total.days) ? days : `${days} (${total.hours} h)`
}
