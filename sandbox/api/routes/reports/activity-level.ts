import type { Context } from 'hono'
import { activityLevelQuerySchema } from '../../../../src/contract/report-queries'
import type { ActivityLevelReportWire, ActivityUserWire } from '../../../../src/contract/reports'
import type { ApiEnv, SandboxContext } from '../../../context'
import type { TimeSpanRecord } from '../../../store/types'
import { paginate, success } from '../../envelope'
import { parseInput } from '../../validate'
import { workspaceScope } from '../../workspace-scope'
import { lookups, reportMembers, reportQuery, spanMinutes, spansInRange, userHead, weightedActivity } from './report-data'

/**
 * `GET /reports/activity-level`: each user's activity per day and overall, weighted by minutes
 * (an hour at 80% counts four times a quarter hour at 20%). Pages are users, as the parameter
 * text says (the summary's "30 days per page" is the other side of a documented contradiction).
 * `data.overall` covers every selected user, not only this page, so it does not change by page.
 */
export function activityLevelReport(ctx: SandboxContext, c: Context<ApiEnv>) {
  const { store } = ctx
  const scope = workspaceScope(ctx, c)
  const query = parseInput(activityLevelQuerySchema, reportQuery(c))
  const look = lookups(store, scope.workspace.id)
  const members = reportMembers(store, scope, look, query.start_date, query.end_date, query.user_ids)
  const spansOf = (userId: number) =>
    spansInRange(store, userId, scope.workspace.id, query.start_date, query.end_date).filter(
      (s) => query.contract_id === undefined || s.contractId === query.contract_id,
    )

  const all: TimeSpanRecord[] = []
  let usersTracked = 0
  for (const { user } of members) {
    const spans = spansOf(user.id)
    if (spans.length) usersTracked++
    all.push(...spans)
  }

  const page = paginate(members, query)
  const users = page.data.map(({ user }): ActivityUserWire => {
    const spans = spansOf(user.id)
    const byDay = new Map<string, TimeSpanRecord[]>()
    for (const s of spans) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s])
    const days: Record<string, { total_minutes: number; activity_level: number }> = {}
    for (const [date, daySpans] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
      days[date] = { total_minutes: sumMinutes(daySpans), activity_level: weightedActivity(daySpans) ?? 0 }
    }
    return {
      ...userHead(user),
      days,
      overall: { total_minutes: sumMinutes(spans), activity_level: weightedActivity(spans), days_tracked: byDay.size },
    }
  })
  const report: ActivityLevelReportWire = {
    report_type: 'activity_level',
    start_date: query.start_date,
    end_date: query.end_date,
    users,
    overall: { total_minutes: sumMinutes(all), activity_level: weightedActivity(all), users_tracked: usersTracked, users_total: members.length },
  }
  return success(c, report, { message: 'Activity level retrieved successfully', pagination: page.pagination })
}

const sumMinutes = (spans: readonly TimeSpanRecord[]) => spans.reduce((sum, s) => sum + spanMinutes(s), 0)
