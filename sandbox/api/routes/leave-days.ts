import type { LeaveRequestRecord } from '../../store/types'

// How much leave a request takes. Assumed (the vendor's rules were not captured): weekends are
// not counted, there are no public holidays, and a whole leave day is 8 hours.

export const HOURS_PER_LEAVE_DAY = 8
const DAY_MS = 86_400_000

/** The weekdays (`YYYY-MM-DD`) of `start..end`, clipped to the optional window. */
export function leaveWeekdays(start: string, end: string, window: { from?: string; to?: string } = {}): string[] {
  const first = window.from && window.from > start ? window.from : start
  const last = window.to && window.to < end ? window.to : end
  const days: string[] = []
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += DAY_MS) {
    const weekday = new Date(ms).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days.push(new Date(ms).toISOString().slice(0, 10))
  }
  return days
}

/** Hours off per day: the clock span for part-day leave, otherwise a whole day. */
function hoursPerDay(r: Pick<LeaveRequestRecord, 'startTime' | 'endTime'>): number {
  if (!r.startTime || !r.endTime) return HOURS_PER_LEAVE_DAY
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
  return (minutes(r.endTime) - minutes(r.startTime)) / 60
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** `{days, hours}` taken by a request, optionally only inside a window; part days count pro rata. */
export function leaveTotal(
  r: Pick<LeaveRequestRecord, 'startDate' | 'endDate' | 'startTime' | 'endTime'>,
  window: { from?: string; to?: string } = {},
): { days: number; hours: number } {
  const weekdays = leaveWeekdays(r.startDate, r.endDate, window).length
  const hours = weekdays * hoursPerDay(r)
  return { days: round2(hours / HOURS_PER_LEAVE_DAY), hours: round2(hours) }
}

/** Half-day periods of `leave_period` (1 first half, 2 second half) as clock spans (assumed). */
export const leavePeriodTimes: Record<1 | 2, [string, string]> = {
  1: ['09:00', '13:00'],
  2: ['13:00', '17:00'],
}
