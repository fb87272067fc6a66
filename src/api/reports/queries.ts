import { queryOptions } from '@tanstack/react-query'
import { REPORT_MAX_DAYS } from '@/contract/report-queries'
import { queryRequest } from '@/lib/api/query-priority'
import { splitRange, type DayRange } from '@/contract/calendar'
import { getActivityDescriptions, getActivityLevel, getDailyAttendance, getDailyTimeline, getTaskReport, getTrackedHours, type ReportFilters } from './requests'

// One query per API request-sized chunk of a range: stepping back to a range already seen, or
// widening a range over chunks already loaded, costs no request.

export const reportKeys = {
  all: ['reports'] as const,
  workspace: (workspaceId: number) => [...reportKeys.all, workspaceId] as const,
  chunk: (workspaceId: number, report: string, range: DayRange, filters: ReportFilters) =>
    [...reportKeys.workspace(workspaceId), report, range.start, range.end, filters] as const,
}

// Assumed: a past day's report hardly changes; five minutes of staleness keeps stepping back and
// forth free, while today's numbers still refresh on a revisit after that.
const REPORT_STALE_MS = 5 * 60_000

export const reportQueries = {
  trackedHours: (workspaceId: number, chunk: DayRange, filters: ReportFilters) =>
    queryOptions({
      queryKey: reportKeys.chunk(workspaceId, 'tracked-hours', chunk, filters),
      queryFn: (ctx) => getTrackedHours(workspaceId, chunk, filters, queryRequest(ctx)),
      staleTime: REPORT_STALE_MS,
    }),
  tasks: (workspaceId: number, chunk: DayRange, filters: ReportFilters) =>
    queryOptions({
      queryKey: reportKeys.chunk(workspaceId, 'tasks', chunk, filters),
      queryFn: (ctx) => getTaskReport(workspaceId, chunk, filters, queryRequest(ctx)),
      staleTime: REPORT_STALE_MS,
    }),
  activity: (workspaceId: number, chunk: DayRange, filters: ReportFilters) =>
    queryOptions({
      queryKey: reportKeys.chunk(workspaceId, 'activity', chunk, filters),
      queryFn: (ctx) => getActivityLevel(workspaceId, chunk, filters, queryRequest(ctx)),
      staleTime: REPORT_STALE_MS,
    }),
  descriptions: (workspaceId: number, chunk: DayRange, filters: ReportFilters) =>
    queryOptions({
      queryKey: reportKeys.chunk(workspaceId, 'descriptions', chunk, filters),
      queryFn: (ctx) => getActivityDescriptions(workspaceId, chunk, filters, queryRequest(ctx)),
      staleTime: REPORT_STALE_MS,
    }),
  timeline: (workspaceId: number, day: DayRange, filters: ReportFilters) =>
    queryOptions({
      queryKey: reportKeys.chunk(workspaceId, 'timeline', day, filters),
      queryFn: (ctx) => getDailyTimeline(workspaceId, day.start, filters, queryRequest(ctx)),
      staleTime: REPORT_STALE_MS,
    }),
  attendance: (workspaceId: number, day: DayRange, filters: ReportFilters) =>
    queryOptions({
      queryKey: reportKeys.chunk(workspaceId, 'attendance', day, filters),
      queryFn: (ctx) => getDailyAttendance(workspaceId, day.start, filters, queryRequest(ctx)),
      staleTime: REPORT_STALE_MS,
    }),
}

/**
 * The chunks a range is fetched in. Tracked hours is split too although the sandbox caps it only
 * with `user_id`: the vendor's docs cap "ranges", and small chunks cache better.
 */
export const reportChunks = (range: DayRange) => splitRange(range, REPORT_MAX_DAYS)
