import { addDays, mondayOf } from '@/contract/calendar'
import { localDay } from '@/utils/search-params'

// Will a contract overrun its weekly hours limit? A forecast from the week so far.

export type LimitStatus = 'no-limit' | 'ok' | 'at-risk' | 'over'

export interface WeeklyForecast {
  status: LimitStatus
  trackedMinutes: number
  /** Minutes the week ends with at the pace so far (null without a limit). */
  projectedMinutes: number | null
  limitMinutes: number | null
}

const DAY_MS = 86_400_000
/** Assumed: people work Monday to Friday, so the pace is measured over working days. */
const WORK_DAYS = 5

/** A limit of 0 or 168 hours (a whole week) means none (the vendor's default is 168). */
export const hasLimit = (hours: number | null | undefined): hours is number => !!hours && hours > 0 && hours < 168

/**
 * Working days elapsed since Monday 00:00 (`weekStart`), as a fraction: Wednesday noon is 2.5,
 * the weekend counts as the whole 5. At least one day, so a few Monday-morning hours do not
 * project into a wild overrun.
 */
export function workDaysElapsed(weekStart: Date, now: Date): number {
  const days = (now.getTime() - weekStart.getTime()) / DAY_MS
  return Math.max(1, Math.min(WORK_DAYS, days))
}

export function forecastWeek({
  trackedMinutes,
  limitHours,
  weekStart,
  now,
}: {
  trackedMinutes: number
  /** Undefined or null: no limit known (the UI tells "unknown" apart from "none"). */
  limitHours: number | null | undefined
  weekStart: Date
  now: Date
}): WeeklyForecast {
  if (!hasLimit(limitHours))
    return {
      status: 'no-limit',
      trackedMinutes,
      projectedMinutes: null,
      limitMinutes: null,
    }
  const limitMinutes = limitHours * 60
  const projectedMinutes = Math.round((trackedMinutes / workDaysElapsed(weekStart, now)) * WORK_DAYS)
  const status: LimitStatus = trackedMinutes >= limitMinutes ? 'over' : projectedMinutes > limitMinutes ? 'at-risk' : 'ok'
  return { status, trackedMinutes, projectedMinutes, limitMinutes }
}

/** Monday to Sunday of the week starting on `monday` (`YYYY-MM-DD`), and its Monday 00:00 local as an instant. */
export function weekOf(monday: string) {
  const [year, month, day] = monday.split('-').map(Number) as [number, number, number]
  return { start_date: monday, end_date: addDays(monday, 6), weekStart: new Date(year, month - 1, day) }
}

/** The viewer's current week. */
export const currentWeek = (now = new Date()) => weekOf(mondayOf(localDay(now)))

/** Minutes as hours to one decimal, as a person would say them: 840 → `14`, 627 → `10.5`. */
const hours = (minutes: number) => (Math.round(minutes / 6) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 })

/**
 * The forecast as a number, "≈ 14 h by Friday, limit 10 h" (without the limit where it is shown
 * beside), while it says something: the limit is or will be overrun and the week is still running
 * (a finished week's pace is its total).
 */
export function forecastText(forecast: WeeklyForecast, { withLimit = true } = {}): string | null {
  const { status, trackedMinutes, projectedMinutes, limitMinutes } = forecast
  if (projectedMinutes === null || limitMinutes === null || projectedMinutes <= trackedMinutes) return null
  if (status !== 'at-risk' && status !== 'over') return null
  return `≈ ${hours(projectedMinutes)} h by Friday${withLimit ? `, limit ${hours(limitMinutes)} h` : ''}`
}
