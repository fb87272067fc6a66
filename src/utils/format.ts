// Formatting shared by every page: durations, dates and spans, in the viewer's locale and zone.

/** 125 → `2h 05m`; 45 → `45m`. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : ''
  const abs = Math.abs(Math.round(minutes))
  const hours = Math.floor(abs / 60)
  const rest = abs % 60
  if (hours === 0) return `${sign}${rest}m`
  return `${sign}${hours}h ${String(rest).padStart(2, '0')}m`
}

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })
const dayYearFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
const weekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })

/** A calendar day `YYYY-MM-DD` (no zone: it is the same day everywhere) → `Nov 16`. */
export const formatDay = (day: string, withYear = false) => (withYear ? dayYearFormat : dayFormat).format(new Date(`${day}T00:00:00Z`))

/** `YYYY-MM-DD` → `Mon, Nov 16`. */
export const formatWeekday = (day: string) => weekdayFormat.format(new Date(`${day}T00:00:00Z`))

/** Two calendar days → `Nov 16 – Nov 22`, or one day when they are equal. */
export const formatDayRange = (from: string, to: string) => (from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`)

/** An instant in the viewer's zone, e.g. `09:30`. */
export const formatClock = (instant: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant))

/** An instant as a short date and time in the viewer's zone, e.g. `Nov 16, 09:30`. */
export const formatDateTime = (instant: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant))
