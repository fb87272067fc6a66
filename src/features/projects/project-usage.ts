import type { Project } from '@/contract/projects'
import { trackedHoursDays, type TrackedHoursReport } from '@/contract/reports'

/**
 * The window of a project's life to count tracked time in: from its start date (or, without
 * one, the day it was created; assumed: a year back when neither is known) to today.
 */
export function projectLifeRange(project: Pick<Project, 'start_date' | 'created_at'>, today: string) {
  const created = project.created_at?.slice(0, 10)
  const yearBack = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`
  const start = project.start_date ?? created ?? yearBack
  return { start_date: start > today ? today : start, end_date: today }
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
