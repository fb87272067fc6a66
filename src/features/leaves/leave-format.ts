import type { LeaveRequest, LeaveStatus } from '@/contract/leaves'
import { formatDay } from '@/utils/format'

const tones: Record<string, 'warning' | 'success' | 'danger'> = { pending: 'warning', approved: 'success', rejected: 'danger' }
/** A status we do not know is neutral (and shown as its raw text). */
export const leaveStatusTone = (status: LeaveStatus) => tones[status] ?? 'neutral'

/** `Paid`, `Unpaid`, an unknown answer raw, or null when the vendor did not say. */
export function leavePaidLabel(isPaid: LeaveRequest['is_paid']): string | null {
  if (isPaid === undefined) return null
  return isPaid === 'yes' ? 'Paid' : isPaid === 'no' ? 'Unpaid' : isPaid
}

/** `Dec 28 – Dec 29, 2026`, or one day with its part-day times: `Dec 7, 2026 · 09:00–12:30`. */
export function leaveDates(r: Pick<LeaveRequest, 'start_date' | 'end_date' | 'start_time' | 'end_time'>): string {
  const { start_date: start, end_date: end } = r
  if (!start) return '—'
  const sameYear = !end || start.slice(0, 4) === end.slice(0, 4)
  const days = !end || end === start ? formatDay(start, true) : `${formatDay(start, !sameYear)} – ${formatDay(end, true)}`
  return r.start_time && r.end_time ? `${days} · ${r.start_time}–${r.end_time}` : days
}

/**
 * `2 days`, `0.44 days (3.5 h)`, `4 h`: part days also say their hours; a leave shorter than a
 * day that gives only hours (`{days: 0, hours: 4}`) says its hours. Null when unknown.
 */
export function leaveLength(total: LeaveRequest['total']): string | null {
  if (!total || (total.days === undefined && total.hours === undefined)) return null
  if (!total.days) return total.hours ? `${total.hours} h` : '0 days'
  const days = `${Math.round(total.days * 100) / 100} ${total.days === 1 ? 'day' : 'days'}`
  return Number.isInteger(total.days) || total.hours === undefined ? days : `${days} (${total.hours} h)`
}
