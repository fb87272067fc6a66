import type { Timesheet, TimesheetStatus } from '@/contract/timesheets'

/**
 * The member's name: the timesheet's own `member` (variant B), else the member list's name for
 * its `user_id` (variant A sends no member), else the id.
 */
export function memberName(t: Pick<Timesheet, 'member' | 'user_id'>, names?: ReadonlyMap<number, string>): string {
  if (t.member) return t.member.name
  if (t.user_id === undefined) return 'Unknown member'
  return names?.get(t.user_id) ?? `Member #${t.user_id}`
}

type Tone = 'neutral' | 'warning' | 'success' | 'danger'

/** `pending` is "not submitted yet", not "awaiting a decision": `submitted` is the one to review. */
const tones: Record<string, Tone> = { pending: 'neutral', submitted: 'warning', approved: 'success', rejected: 'danger' }
export const timesheetStatusTone = (status: TimesheetStatus): Tone => tones[status] ?? 'neutral'

const labels: Record<string, string> = { pending: 'Not submitted', submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected' }
/** What a status reads as: `pending` (variant A's `open`) is "Not submitted"; an unknown one is shown raw. */
export const timesheetStatusLabel = (status: TimesheetStatus): string => labels[status] ?? status

/** What a manager may do for a member now (the API's state machine, seeds/000). */
export function submissionActions(status: TimesheetStatus) {
  return { canSubmit: status === 'pending' || status === 'rejected', canUnsubmit: status === 'submitted' }
}

/** Time on the timesheet that earns nothing: its amount reads "Not billable" rather than 0.00. */
export const notBillableLabel = (t: Pick<Timesheet, 'total_minutes'>) => (t.total_minutes ? 'Not billable' : undefined)

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
  const days: string[] = []
  for (let d = new Date(`${t.date_from}T00:00:00Z`); d <= new Date(`${t.date_to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10))
  }
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
