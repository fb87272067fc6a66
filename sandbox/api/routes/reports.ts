import { Hono } from 'hono'
import type { ApiEnv, SandboxContext } from '../../context'
import { activityDescriptionsReport } from './reports/activity-descriptions'
import { activityLevelReport } from './reports/activity-level'
import { dailyAttendanceReport } from './reports/daily-attendance'
import { dailyTimelineReport } from './reports/daily-timeline'
import { taskReport } from './reports/task-report'
import { trackedHoursReport } from './reports/tracked-hours'

/**
 * The reports, computed from the seeded tracked time at request time (nothing is cached, so an
 * approved time request shows up at once). Owners and Executive managers only, as the whole API
 * is: `workspaceScope` answers 403 to anyone else. Shapes: README, "Report shapes".
 */
export function reportRoutes(ctx: SandboxContext) {
  return new Hono<ApiEnv>()
    .get('/tracked-hours', (c) => trackedHoursReport(ctx, c))
    .get('/daily-timeline', (c) => dailyTimelineReport(ctx, c))
    .get('/task-report', (c) => taskReport(ctx, c))
    .get('/activity-level', (c) => activityLevelReport(ctx, c))
    .get('/daily-attendance', (c) => dailyAttendanceReport(ctx, c))
    .get('/activity-descriptions', (c) => activityDescriptionsReport(ctx, c))
}
