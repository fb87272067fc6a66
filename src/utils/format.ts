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

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })
/** A calendar day's month → `Nov 2026`. */
export const formatMonth = (day: string) => monthFormat.format(new Date(`${day}T00:00:00Z`))

/** `YYYY-MM-DD` → `Mon, Nov 16`. */
export const formatWeekday = (day: string) => weekdayFormat.format(new Date(`${day}T00:00:00Z`))

/**
 * Two calendar days → `Nov 16 – Nov 22`, or one day when they are equal. Given `today`, the year
 * is shown when the range is not in today's year (`Nov 16 – Nov 22, 2025`) or spans two years
 * (`Dec 29, 2025 – Jan 4, 2026`).
 */
export function formatDayRange(from: string, to: string, today?: string): string {
  const year = (day: string) => day.slice(0, 4)
  const spansYears = year(from) !== year(to)
  const withYear = today !== undefined && (spansYears || year(from) !== year(today))
  if (from === to) return formatDay(from, withYear)
  return `${formatDay(from, withYear && spansYears)} – ${formatDay(to, withYear)}`
}

/** 1 → `1 task`, 3 → `3 tasks`; `plural` for the irregular ones (`1 entry`, `2 entries`). */
export const formatCount = (count: number, singular: string, plural = `${singular}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`

/** 125 → `2.08`: decimal hours, two places, for a spreadsheet to sum. */
export const decimalHours = (minutes: number) => (minutes / 60).toFixed(2)

/** An instant in the viewer's zone, e.g. `09:30`. */
export const formatClock = (instant: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant))

/** An instant as a short date and time in the viewer's zone, e.g. `Nov 16, 09:30`. */
export const formatDateTime = (instant: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant))
