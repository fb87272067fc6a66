import type { Context } from 'hono'
import { activityDescriptionsQuerySchema } from '../../../../src/contract/report-queries'
import type { ActivityDescriptionsReportWire, DescriptionUserWire } from '../../../../src/contract/reports'
import type { ApiEnv, SandboxContext } from '../../../context'
import { paginate, success } from '../../envelope'
import { parseInput } from '../../validate'
import { workspaceScope } from '../../workspace-scope'
import { lookups, reportMembers, reportQuery, spanMinutes, spansInRange, userHead } from './report-data'

/** A row while it is counted (the wire type leaves every count optional). */
type DescriptionRow = { description: string | null; total_minutes: number; entries: number; dates: string[] }

/**
 * `GET /reports/activity-descriptions` (assumed: the docs name this report but its page was not
 * captured). What each user wrote about their time over at most 31 days: minutes, entries and
 * dates per distinct description, most minutes first; undescribed time is the `null` row.
 * Its limits follow its siblings: 31 days, paged over users.
 */
export function activityDescriptionsReport(ctx: SandboxContext, c: Context<ApiEnv>) {
  const { store } = ctx
  const scope = workspaceScope(ctx, c)
  const query = parseInput(activityDescriptionsQuerySchema, reportQuery(c))
  const look = lookups(store, scope.workspace.id)
  const projects = query.projects && new Set(query.projects)
  const members = reportMembers(store, scope, look, query.start_date, query.end_date, query.users)
  const page = paginate(members, query)

  const users = page.data.map(({ user }): DescriptionUserWire => {
    const rows = new Map<string | null, DescriptionRow>()
    let totalMinutes = 0
    for (const span of spansInRange(store, user.id, scope.workspace.id, query.start_date, query.end_date)) {
      if (projects && (span.projectId === null || !projects.has(span.projectId))) continue
      const minutes = spanMinutes(span)
      totalMinutes += minutes
      const text = span.description?.trim() || null
      let row = rows.get(text)
      if (!row) rows.set(text, (row = { description: text, total_minutes: 0, entries: 0, dates: [] }))
      row.total_minutes += minutes
      row.entries++
      if (!row.dates.includes(span.date)) row.dates.push(span.date)
    }
    return {
      ...userHead(user),
      total_minutes: totalMinutes,
      descriptions: [...rows.values()]
        .map((r) => ({ ...r, dates: r.dates.sort() }))
        .sort((a, b) => b.total_minutes - a.total_minutes || (a.description ?? '').localeCompare(b.description ?? '')),
    }
  })
  const report: ActivityDescriptionsReportWire = { report_type: 'activity_descriptions', start_date: query.start_date, end_date: query.end_date, users }
  return success(c, report, { message: 'Activity descriptions retrieved successfully', pagination: page.pagination })
}
