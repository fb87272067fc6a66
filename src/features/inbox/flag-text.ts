import { formatDay, formatMinutes, formatWeekday } from '@/utils/format'
import type { TimesheetFlag } from './timesheet-flags'

/** A flag in a sentence, as the context panel lists it and a row's marker tells it. */
export function flagText(flag: TimesheetFlag): string {
  if (flag.kind === 'long-day') return `${formatWeekday(flag.date)}: ${formatMinutes(flag.minutes)} in one day`
  if (flag.kind === 'on-leave') return `${formatWeekday(flag.date)}: ${formatMinutes(flag.minutes)} tracked on a day of approved leave`
  return `${flag.projectName ?? 'A contract'}: ${formatMinutes(flag.minutes)} in the week of ${formatDay(flag.week)}, over its ${formatMinutes(flag.limitMinutes)} limit`
}
