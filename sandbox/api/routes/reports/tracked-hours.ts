import type { Context } from 'hono'
import { trackedHoursQuerySchema } from '../../../../src/contract/report-queries'
import { datesBetween, daysInclusive } from '../../../../src/contract/calendar'
import type { TrackedHoursDayWire, TrackedHoursReportWire } from '../../../../src/contract/reports'
import type { ApiEnv, SandboxContext } from '../../../context'
import { success } from '../../envelope'
import { fieldError } from '../../errors'
import { parseInput } from '../../validate'
import { workspaceScope } from '../../workspace-scope'
import { lookups, reportQuery, round2, spanAmount, spanMinutes, spansInRange } from './report-data'

/**
 * Assumed: at most ten years in one answer. The docs cap the range only with `user_id`, but the
 * answer has a key for every date of the range: 0001-01-01..9999-12-31 took a minute and ~100 MB
 * to answer (found by the fuzzer). Ten years still covers any project's life the dashboard asks for.
 */
export const TRACKED_HOURS_MAX_DAYS = 3_653

/** A row while it is summed. */
type Entry = { user_id: number; project_id: number | null; contract_id: number | null; total_minutes: number; total_amount?: Record<string, number> }

/**
 * `GET /reports/tracked-hours`: minutes per day, then per user, project and contract, across all
 * tracking methods. Not paged (the docs page only the other reports); every date of the range has
 * a key, empty days included, so a chart has all its bars.
 */
export function trackedHoursReport(ctx: SandboxContext, c: Context<ApiEnv>) {
  const { store } = ctx
  const scope = workspaceScope(ctx, c)
  const query = parseInput(trackedHoursQuerySchema(), reportQuery(c))
  if (daysInclusive(query.start_date, query.end_date) > TRACKED_HOURS_MAX_DAYS) {
    throw fieldError('end_date', `The range may not exceed ${TRACKED_HOURS_MAX_DAYS} days.`)
  }
  const look = lookups(store, scope.workspace.id)
  const currency = scope.workspace.currency
  // Amounts only for callers who may see rates, and only in the currencies asked for.
  const showAmounts = scope.canSeeRates
  const inCurrency = showAmounts && (!query.currencies || query.currencies.includes(currency))

  const users = query.users && new Set(query.users)
  const teams = query.teams && new Set(query.teams)
  const projects = query.projects && new Set(query.projects)
  const days = new Map<string, Map<string, { entry: Entry; amount: number }>>()
  for (const date of datesBetween(query.start_date, query.end_date)) days.set(date, new Map())

  let totalMinutes = 0
  let totalAmount = 0
  for (const m of store.data.memberships) {
    if (m.workspaceId !== scope.workspace.id) continue
    if (query.user_id !== undefined && m.userId !== query.user_id) continue
    if (users && !users.has(m.userId)) continue
    if (teams && (m.teamId === null || !teams.has(m.teamId))) continue
    // `titles` is validated but not applied: the sandbox knows job titles only as text, not by id.
    for (const span of spansInRange(store, m.userId, m.workspaceId, query.start_date, query.end_date)) {
      if (projects && (span.projectId === null || !projects.has(span.projectId))) continue
      const minutes = spanMinutes(span)
      const amount = spanAmount(span, minutes, look)
      const day = days.get(span.date)!
      const key = `${span.userId}:${span.projectId}:${span.contractId}`
      let row = day.get(key)
      if (!row) {
        row = { entry: { user_id: span.userId, project_id: span.projectId, contract_id: span.contractId, total_minutes: 0 }, amount: 0 }
        day.set(key, row)
      }
      row.entry.total_minutes += minutes
      row.amount += amount
      totalMinutes += minutes
      totalAmount += amount
    }
  }

  // Typed loosely while built: the date keys share `data` with the report's own fields.
  const report: Record<string, unknown> = {
    report_type: 'tracked_hours' satisfies TrackedHoursReportWire['report_type'],
    start_date: query.start_date,
    end_date: query.end_date,
    total: { total_minutes: totalMinutes, ...(showAmounts ? { total_amount: inCurrency ? { [currency]: round2(totalAmount) } : {} } : {}) },
  }
  for (const [date, rows] of days) {
    const entries = [...rows.values()]
      .sort((a, b) => a.entry.user_id - b.entry.user_id || (a.entry.contract_id ?? 0) - (b.entry.contract_id ?? 0))
      .map(({ entry, amount }): Entry => {
        if (!showAmounts) return entry
        // Non-billable time earns nothing in any currency: an empty object, not a missing one.
        return { ...entry, total_amount: inCurrency && amount > 0 ? { [currency]: round2(amount) } : {} }
      })
    report[date] = { users: entries } satisfies TrackedHoursDayWire
  }
  return success(c, report, { message: 'Tracked hours retrieved successfully' })
}
