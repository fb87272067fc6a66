import { datesBetween } from './calendar'
import type { Timesheet } from './timesheets'

// A timesheet's daily breakdown laid out for reading: pure, from the normalized model.

export interface BreakdownProject {
  key: string
  name: string
}

/**
 * The daily breakdown as a grid: every day of the period (days without time included), one
 * column per project, and the totals both ways. A timesheet without a breakdown (variant A)
 * gives a grid without projects.
 */
export function breakdownGrid(t: Pick<Timesheet, 'date_from' | 'date_to' | 'daily_breakdown'>) {
  const breakdown = t.daily_breakdown ?? {}
  const days = datesBetween(t.date_from, t.date_to)
  // Days outside the period would be a server bug; show them rather than lose time.
  for (const day of Object.keys(breakdown)) if (!days.includes(day)) days.push(day)
  days.sort()

  const projects = new Map<string, BreakdownProject>()
  const cells = new Map<string, number>()
  for (const [day, entries] of Object.entries(breakdown)) {
    for (const e of entries) {
      const key = e.project_id !== undefined ? `p${e.project_id}` : e.contract_id !== undefined ? `c${e.contract_id}` : 'none'
      if (!projects.has(key)) projects.set(key, { key, name: e.project_name ?? 'No project' })
      cells.set(`${day}|${key}`, (cells.get(`${day}|${key}`) ?? 0) + e.total_minutes)
    }
  }
  const columns = [...projects.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))
  const minutes = (day: string, key: string) => cells.get(`${day}|${key}`) ?? 0
  const dayTotal = (day: string) => columns.reduce((sum, p) => sum + minutes(day, p.key), 0)
  const projectTotal = (key: string) => days.reduce((sum, day) => sum + minutes(day, key), 0)
  const total = days.reduce((sum, day) => sum + dayTotal(day), 0)
  return { days, projects: columns, minutes, dayTotal, projectTotal, total }
}
