import type { Context } from 'hono'
import { dailyTimelineQuerySchema } from '../../../../src/contract/report-queries'
import type { DailyTimelineReportWire, TimelineEntryWire, TimelineUserWire } from '../../../../src/contract/reports'
import type { ApiEnv, SandboxContext } from '../../../context'
import { openEntryOf } from '../../../live/trackers'
import { paginate, success } from '../../envelope'
import { userById } from '../../people'
import { parseInput } from '../../validate'
import { workspaceScope } from '../../workspace-scope'
import { isoWithOffset, lookups, reportMembers, reportQuery, round2, spanAmount, spanMinutes, spansInRange, userHead, weightedActivity } from './report-data'

/**
 * `GET /reports/daily-timeline`: every span of one date for a page of users. The date is each
 * member's local day (as timesheets count it); instants carry the workspace owner's offset, as
 * the docs say, so a member far from the owner may show times on a neighbouring calendar day.
 *
 * Assumed: the desktop app uploads its time as it goes, so a desktop session under way is in the
 * timeline up to now (the Live board reads it there: current-data cannot see the desktop app).
 * Browser and API trackers appear once stopped; current-data shows them meanwhile.
 */
export function dailyTimelineReport(ctx: SandboxContext, c: Context<ApiEnv>) {
  const { store } = ctx
  const scope = workspaceScope(ctx, c)
  const query = parseInput(dailyTimelineQuerySchema(), reportQuery(c))
  const look = lookups(store, scope.workspace.id)
  const ownerZone = userById(store, scope.workspace.ownerId).timezone ?? 'UTC'
  const currency = scope.workspace.currency
  const members = reportMembers(store, scope, look, query.date, query.date, query.user_ids)
  const page = paginate(members, query)
  const now = ctx.clock.now().getTime()

  const users = page.data.map(({ user }): TimelineUserWire => {
    const open = openEntryOf(store, user.id, scope.workspace.id, now)
    const uploaded = open?.method === 'desktop' && open.date === query.date ? [open] : []
    const spans = [...spansInRange(store, user.id, scope.workspace.id, query.date, query.date), ...uploaded]
    let totalAmount = 0
    const entries = spans.map((span): TimelineEntryWire & { duration_minutes: number } => {
      const minutes = spanMinutes(span)
      const amount = spanAmount(span, minutes, look)
      totalAmount += amount
      const project = span.projectId === null ? undefined : look.projects.get(span.projectId)
      const task = span.taskId === null ? undefined : look.tasks.get(span.taskId)
      return {
        id: span.id,
        start: isoWithOffset(span.start, ownerZone),
        end: isoWithOffset(span.end, ownerZone),
        duration_minutes: minutes,
        project_id: span.projectId,
        project_name: project?.name ?? null,
        task_id: span.taskId,
        task_name: task?.title ?? null,
        contract_id: span.contractId,
        description: span.description,
        tracking_method: span.method,
        activity_level: span.activity,
        ...(scope.canSeeRates ? { total_amount: round2(amount), currency } : {}),
      }
    })
    return {
      ...userHead(user),
      timezone: user.timezone,
      total_minutes: entries.reduce((sum, e) => sum + e.duration_minutes, 0),
      activity_level: weightedActivity(spans),
      ...(scope.canSeeRates ? { total_amount: round2(totalAmount), currency } : {}),
      entries,
    }
  })
  const report: DailyTimelineReportWire = { report_type: 'daily_timeline', date: query.date, timezone: ownerZone, users }
  return success(c, report, { message: 'Daily timeline retrieved successfully', pagination: page.pagination })
}
