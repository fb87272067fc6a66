import type { z } from 'zod'
import type { ListEndpoint } from '@/contract/list-paging'
import {
  activityDescriptionsEnvelopeSchema,
  activityLevelEnvelopeSchema,
  dailyAttendanceEnvelopeSchema,
  dailyTimelineEnvelopeSchema,
  REPORT_MAX_PER_PAGE,
  taskReportEnvelopeSchema,
  trackedHoursEnvelopeSchema,
  type PagedReport,
} from '@/contract/reports'
import { withCapability } from '@/lib/api/capabilities'
import { api, type QueryParams } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'
import type { DayRange } from '@/contract/calendar'

/** What the report requests filter on (the view and grouping stay in the browser). */
export interface ReportFilters {
  /** Members to include; undefined = everyone. */
  users?: number[]
  projects?: number[]
}

type Options = { signal?: AbortSignal; priority?: Priority }

const csv = (ids: number[] | undefined) => ids?.join(',')

/** The people and projects the filters offer (every page at per_page=100). */
/** Tracked hours for at most 31 days (callers split longer ranges). Not paged. */
export async function getTrackedHours(workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) {
  const envelope = await api.get('/reports/tracked-hours', {
    schema: trackedHoursEnvelopeSchema,
    params: { workspace_id: workspaceId, start_date: range.start, end_date: range.end, users: csv(filters.users), projects: csv(filters.projects) },
    ...options,
  })
  return envelope.data
}

type PagedReportEndpoint = Extract<ListEndpoint, `GET /reports/${string}`>
type UsersReport = { users: unknown[] }

/**
 * A report paged over users, every page: the report's own fields from page 1 and the users of all
 * pages. `fetchAllPages` follows the pagination, or keeps asking until a short page when the
 * answer has none (list-paging.ts).
 */
async function getPagedReport<R extends UsersReport>(
  endpoint: PagedReportEndpoint,
  schema: z.ZodType<PagedReport<R>>,
  params: QueryParams,
  options: Options,
): Promise<R> {
  const path = endpoint.slice('GET '.length)
  let first: R | undefined
  const users = await fetchAllPages(
    endpoint,
    async (page) => {
      const answer = await api.get(path, { schema, params: { ...params, ...page }, ...options })
      first ??= answer.data
      return { data: answer.data.users as R['users'], pagination: answer.pagination }
    },
    REPORT_MAX_PER_PAGE,
  )
  return { ...first!, users }
}

export const getDailyTimeline = (workspaceId: number, date: string, filters: ReportFilters, options: Options = {}) =>
  getPagedReport('GET /reports/daily-timeline', dailyTimelineEnvelopeSchema, { workspace_id: workspaceId, date, user_ids: csv(filters.users) }, options)

export const getDailyAttendance = (workspaceId: number, date: string, filters: ReportFilters, options: Options = {}) =>
  getPagedReport('GET /reports/daily-attendance', dailyAttendanceEnvelopeSchema, { workspace_id: workspaceId, date, users: csv(filters.users) }, options)

export const getTaskReport = (workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) =>
  getPagedReport(
    'GET /reports/task-report',
    taskReportEnvelopeSchema,
    { workspace_id: workspaceId, start_date: range.start, end_date: range.end, users: csv(filters.users), project_id: csv(filters.projects) },
    options,
  )

export const getActivityLevel = (workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) =>
  getPagedReport(
    'GET /reports/activity-level',
    activityLevelEnvelopeSchema,
    { workspace_id: workspaceId, start_date: range.start, end_date: range.end, user_ids: csv(filters.users) },
    options,
  )

/**
 * The activity-descriptions report: the docs name it without a path, so the path and parameters
 * are the sandbox's (assumed); a 404/405 marks it missing and the page says so.
 */
export const getActivityDescriptions = (workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) =>
  withCapability('activity-descriptions', () =>
    getPagedReport(
      'GET /reports/activity-descriptions',
      activityDescriptionsEnvelopeSchema,
      { workspace_id: workspaceId, start_date: range.start, end_date: range.end, users: csv(filters.users), projects: csv(filters.projects) },
      options,
    ),
  )
