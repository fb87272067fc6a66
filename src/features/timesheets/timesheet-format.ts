import type { Timesheet, TimesheetStatus } from '@/contract/timesheets'

export const memberName = (t: Pick<Timesheet, 'member'>) => `${t.member.firstname} ${t.member.lastname}`.trim()

/** `pending` is "not submitted yet", not "awaiting a decision": `submitted` is the one to review. */
export const timesheetStatusTone: Record<TimesheetStatus, 'neutral' | 'warning' | 'success' | 'danger'> = {
  pending: 'neutral',
  open: 'neutral',
  submitted: 'warning',
  approved: 'success',
  rejected: 'danger',
}

/** What a manager may do for a member now (the API's state machine, seeds/000). */
export function submissionActions(status: TimesheetStatus) {
  return { canSubmit: status === 'pending' || status === 'open' || status === 'rejected', canUnsubmit: status === 'submitted' }
}

export interface BreakdownProject {
  key: string
  name: string
}

/**
 * The daily breakdown as a grid: every day of the period (days without time included), one
 * column per project, and the totals both ways.
 */
export function breakdownGrid(t: Pick<Timesheet, 'date_from' | 'date_to' | 'daily_breakdown'>) {
  const days: string[] = []
  for (let d = new Date(`${t.date_from}T00:00:00Z`); d <= new Date(`${t.date_to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10))
  }
  // Days outside the period would be a server bug; show them rather than lose time.
  for (const day of Object.keys(t.daily_breakdown)) if (!days.includes(day)) days.push(day)
  days.sort()

  const projects = new Map<string, BreakdownProject>()
  const cells = new Map<string, number>()
  for (const [day, entries] of Object.entries(t.daily_breakdown)) {
    for (const e of entries) {
      const key = e.project_id !== null ? `p${e.project_id}` : e.contract_id !== null ? `c${e.contract_id}` : 'none'
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
