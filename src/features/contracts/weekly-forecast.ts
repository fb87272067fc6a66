import { trackedHoursDays, type TrackedHoursReport } from '@/contract/reports'

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

/** Minutes per contract in a tracked-hours report (rows without a contract are left out). */
export function minutesByContract(report: TrackedHoursReport): Map<number, number> {
  const totals = new Map<number, number>()
  for (const [, day] of trackedHoursDays(report)) {
    for (const row of day.users) if (row.contract_id !== null) totals.set(row.contract_id, (totals.get(row.contract_id) ?? 0) + row.total_minutes)
  }
  return totals
}

/** Monday to Sunday of the viewer's current week, and Monday 00:00 local as an instant. */
export function currentWeek(now = new Date()) {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7))
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6)
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return { start_date: day(monday), end_date: day(sunday), weekStart: monday }
}
