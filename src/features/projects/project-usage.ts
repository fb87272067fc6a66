import type { Project } from '@/contract/projects'
import { shiftYears } from '@/contract/calendar'
import { trackedHoursDays, type TrackedHoursReport } from '@/contract/reports'
import { formatDay } from '@/utils/format'

/** What a project's time is counted from: its start date, else its creation, else a year back. */
export type LifeStart = 'start date' | 'created' | 'year back'

/**
 * The window of a project's life to count tracked time in: from its start date (or, without
 * one, the day it was created; assumed: a year back when neither is known) to today, and which
 * of these it is, for the label.
 */
export function projectLifeRange(project: Pick<Project, 'start_date' | 'created_at'>, today: string) {
  const created = project.created_at?.slice(0, 10)
  const [start, from]: [string, LifeStart] = project.start_date
    ? [project.start_date, 'start date']
    : created
      ? [created, 'created']
      : [shiftYears(today, -1), 'year back']
  return { range: { start_date: start > today ? today : start, end_date: today }, from, start }
}

/** "Time used since the start date, Jan 3, 2026", and what it is since when there is no start date. */
export function timeUsedLabel({ from, start }: { from: LifeStart; start: string }, today: string): string {
  if (from === 'year back') return 'Time used in the last 12 months (no start date)'
  if (from === 'created') return `Time used since it was created, ${formatDay(start, true)} (no start date)`
  if (start > today) return `Time used (starts ${formatDay(start, true)})`
  return `Time used since the start date, ${formatDay(start, true)}`
}

export interface ProjectUsage {
  minutes: number
  /** Money spent, in the one currency the report gives; null when the caller may not see amounts. */
  amount: number | null
  currency: string | null
  /** Share of the estimation (hours) and the budget (money) used; null without one. */
  estimationShare: number | null
  budgetShare: number | null
}

/** Sums a tracked-hours report of one project and compares it with the project's plan. */
export function projectUsage(project: Pick<Project, 'estimation' | 'budget_estimation'>, report: TrackedHoursReport): ProjectUsage {
  const minutes = trackedHoursDays(report).reduce((sum, [, day]) => sum + day.users.reduce((s, u) => s + u.total_minutes, 0), 0)
  // One currency only: amounts in several are never summed (and the budget names none).
  const amounts = report.total.total_amount ?? []
  const only = amounts.length === 1 ? amounts[0]! : null
  const amount = only?.value ?? null
  return {
    minutes,
    amount,
    currency: only?.currency ?? null,
    estimationShare: project.estimation ? minutes / 60 / project.estimation : null,
    budgetShare: project.budget_estimation && amount !== null ? amount / project.budget_estimation : null,
  }
}
