// Calendar days as `YYYY-MM-DD` strings, in UTC arithmetic: pure, shared by the app and the sandbox.

const DAY_MS = 86_400_000
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS
const fromDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

export const addDays = (date: string, days: number) => fromDayNumber(dayNumber(date) + days)
/** Days from `start` to `end`, both included: 2026-11-01..2026-12-01 is 31. */
export const daysInclusive = (start: string, end: string) => dayNumber(end) - dayNumber(start) + 1
/** Every date from `start` to `end`, both included. */
export const datesBetween = (start: string, end: string) => Array.from({ length: Math.max(0, daysInclusive(start, end)) }, (_, i) => addDays(start, i))
/** Monday of the week holding `date` (weeks run Monday..Sunday, as timesheets do). */
export const mondayOf = (date: string) => addDays(date, -((dayNumber(date) + 3) % 7))
/** The same day a year later (`years` = 1) or earlier (-1); 29 February becomes 1 March. */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10)
}
/** Today's date in UTC: the reference for default weeks and the daily-timeline window. */
export const todayUtc = () => new Date().toISOString().slice(0, 10)

/** An inclusive span of calendar days. */
export interface DayRange {
  start: string
  end: string
}

/** Consecutive pieces of at most `maxDays` days covering the range, for APIs that cap a range. */
export function splitRange({ start, end }: DayRange, maxDays: number): DayRange[] {
  const chunks: DayRange[] = []
  for (let from = start; from <= end; from = addDays(from, maxDays)) {
    const to = addDays(from, maxDays - 1)
    chunks.push({ start: from, end: to < end ? to : end })
  }
  return chunks
}
