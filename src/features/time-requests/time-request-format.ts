import type { TimeRequest, TimeRequestStatus } from '@/contract/time-requests'

const tones: Record<string, 'warning' | 'success' | 'danger'> = { pending: 'warning', approved: 'success', rejected: 'danger' }
/** Here `pending` means "awaiting a decision"; a status we do not know is neutral. */
export const timeRequestStatusTone = (status: TimeRequestStatus) => tones[status] ?? 'neutral'

/**
 * The requested span in the viewer's zone: its day, `09:30–11:00` and its length in minutes;
 * null when the request has no start or end.
 */
export function requestSpan(r: Pick<TimeRequest, 'start' | 'end'>, timeZone?: string) {
  if (!r.start || !r.end) return null
  const start = new Date(r.start)
  const end = new Date(r.end)
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone })
  // No year: the page's date range (at most what the filter shows) already says which.
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone })
  return {
    day: day.format(start),
    times: `${clock.format(start)}–${clock.format(end)}`,
    minutes: Math.round((end.getTime() - start.getTime()) / 60_000),
  }
}
