import { addDays, datesBetween } from '@/contract/calendar'
import type { TrackedHoursReport } from '@/contract/reports'
import { formatMinutes } from '@/utils/format'

// "This week": minutes per day beside last week's, the week's total, and the difference in words.

export interface WeekDay {
  /** `Mon` … `Sun`. */
  weekday: string
  thisDate: string
  lastDate: string
  lastWeek: number
  /** Null for the days still to come (nothing to compare yet). */
  thisWeek: number | null
}

const weekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' })

/** Every member's minutes per date in a tracked-hours report. */
function minutesPerDate(report: TrackedHoursReport): Map<string, number> {
  return new Map(report.days.map(({ date, users }) => [date, users.reduce((sum, row) => sum + row.total_minutes, 0)]))
}

export interface WeekComparison {
  days: WeekDay[]
  /** Tracked since Monday, today included. */
  thisTotal: number
  lastTotal: number
  /**
   * The whole days before today, this week and last: what is fair to compare (today is still
   * running, last week's same day is not). Null on a Monday, when there is none yet.
   */
  toDate: { throughWeekday: string; thisWeek: number; lastWeek: number } | null
}

export function compareWeeks(
  thisWeek: TrackedHoursReport,
  lastWeek: TrackedHoursReport,
  weeks: { thisMonday: string; lastMonday: string; today: string },
): WeekComparison {
  const current = minutesPerDate(thisWeek)
  const previous = minutesPerDate(lastWeek)
  const days = datesBetween(weeks.thisMonday, addDays(weeks.thisMonday, 6)).map((thisDate, i): WeekDay => {
    const lastDate = addDays(weeks.lastMonday, i)
    return {
      weekday: weekdayFormat.format(new Date(`${thisDate}T00:00:00Z`)),
      thisDate,
      lastDate,
      lastWeek: previous.get(lastDate) ?? 0,
      thisWeek: thisDate > weeks.today ? null : (current.get(thisDate) ?? 0),
    }
  })
  const done = days.filter((d) => d.thisDate < weeks.today)
  const sum = (list: WeekDay[], pick: (d: WeekDay) => number) => list.reduce((total, d) => total + pick(d), 0)
  return {
    days,
    thisTotal: sum(days, (d) => d.thisWeek ?? 0),
    lastTotal: sum(days, (d) => d.lastWeek),
    toDate: done.length ? { throughWeekday: done.at(-1)!.weekday, thisWeek: sum(done, (d) => d.thisWeek!), lastWeek: sum(done, (d) => d.lastWeek) } : null,
  }
}

/** Assumed: within 2 % either way the weeks are "about the same" (a person would not call it more). */
const SAME_SHARE = 0.02

/** "Mon–Tue: 2h 00m more than last week (24h 00m), 8 % up." over the whole days so far. */
export function differenceText({ toDate, days }: WeekComparison): string {
  if (!toDate) return `The week has just begun; last Monday had ${formatMinutes(days[0]!.lastWeek)}.`
  const { throughWeekday, thisWeek, lastWeek } = toDate
  const range = throughWeekday === days[0]!.weekday ? throughWeekday : `${days[0]!.weekday}–${throughWeekday}`
  if (lastWeek === 0) return thisWeek === 0 ? `${range}: nothing tracked, as last week.` : `${range}: nothing was tracked last week.`
  const diff = thisWeek - lastWeek
  if (Math.abs(diff) <= lastWeek * SAME_SHARE) return `${range}: about the same as last week (${formatMinutes(lastWeek)}).`
  const share = Math.round((Math.abs(diff) / lastWeek) * 100)
  return `${range}: ${formatMinutes(Math.abs(diff))} ${diff > 0 ? 'more' : 'less'} than last week (${formatMinutes(lastWeek)}), ${share} % ${diff > 0 ? 'up' : 'down'}.`
}
