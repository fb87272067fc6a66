import type { z } from 'zod'
import { memberListSchema } from '@/contract/members'
import { projectListSchema } from '@/contract/projects'
import {
  activityLevelEnvelopeSchema,
  dailyAttendanceEnvelopeSchema,
  dailyTimelineEnvelopeSchema,
  REPORT_MAX_PER_PAGE,
  taskReportEnvelopeSchema,
  trackedHoursEnvelopeSchema,
} from '@/contract/reports'
import { api, type QueryParams } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'
import type { DayRange } from '../report-range'
import type { ReportFilters } from '../report-search'

type Options = { signal?: AbortSignal; priority?: Priority }

const csv = (ids: number[] | undefined) => ids?.join(',')

/** The people and projects the filters offer (every page at per_page=100). */
export const listReportMembers = (workspaceId: number, options: Options = {}) =>
  fetchAllPages((page) => api.get('/members', { schema: memberListSchema, params: { workspace_id: workspaceId, ...page }, ...options }))

export const listReportProjects = (workspaceId: number, options: Options = {}) =>
  fetchAllPages((page) => api.get('/projects', { schema: projectListSchema, params: { workspace_id: workspaceId, ...page }, ...options }))

/** Tracked hours for at most 31 days (callers split longer ranges). Not paged. */
export async function getTrackedHours(workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) {
  const envelope = await api.get('/reports/tracked-hours', {
    schema: trackedHoursEnvelopeSchema,
    params: { workspace_id: workspaceId, start_date: range.start, end_date: range.end, users: csv(filters.users), projects: csv(filters.projects) },
    ...options,
  })
  return envelope.data
}

type PagedReportSchema = z.ZodType<{ data: { users: unknown[] }; meta: { pagination: { last_page: number } } }>

/** A report paged over users: page 1 says how many pages there are, the rest go in parallel; users are joined. */
async function getPagedReport<S extends PagedReportSchema>(path: string, schema: S, params: QueryParams, options: Options): Promise<z.infer<S>['data']> {
  const page = (n: number) => api.get(path, { schema, params: { ...params, page: n, per_page: REPORT_MAX_PER_PAGE }, ...options })
  const first = await page(1)
  const rest = await Promise.all(Array.from({ length: Math.max(0, first.meta.pagination.last_page - 1) }, (_, i) => page(i + 2)))
  return { ...first.data, users: [first, ...rest].flatMap((p) => p.data.users) }
}

export const getDailyTimeline = (workspaceId: number, date: string, filters: ReportFilters, options: Options = {}) =>
  getPagedReport('/reports/daily-timeline', dailyTimelineEnvelopeSchema, { workspace_id: workspaceId, date, user_ids: csv(filters.users) }, options)

export const getDailyAttendance = (workspaceId: number, date: string, filters: ReportFilters, options: Options = {}) =>
  getPagedReport('/reports/daily-attendance', dailyAttendanceEnvelopeSchema, { workspace_id: workspaceId, date, users: csv(filters.users) }, options)

export const getTaskReport = (workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) =>
  getPagedReport(
    '/reports/task-report',
    taskReportEnvelopeSchema,
    { workspace_id: workspaceId, start_date: range.start, end_date: range.end, users: csv(filters.users), project_id: csv(filters.projects) },
    options,
  )

export const getActivityLevel = (workspaceId: number, range: DayRange, filters: ReportFilters, options: Options = {}) =>
  getPagedReport(
    '/reports/activity-level',
    activityLevelEnvelopeSchema,
    { workspace_id: workspaceId, start_date: range.start, end_date: range.end, user_ids: csv(filters.users) },
    options,
  )
