import { queryOptions } from '@tanstack/react-query'
import type { TimesheetFilters } from '@/contract/timesheets'
import { queryRequest } from '@/lib/api/query-priority'
import { getTimesheet, listTimesheetPage } from './requests'

export const timesheetKeys = {
  all: ['timesheets'] as const,
  workspace: (workspaceId: number) => [...timesheetKeys.all, workspaceId] as const,
  page: (workspaceId: number, filters: TimesheetFilters & { page: number; per_page: number }) =>
    [...timesheetKeys.workspace(workspaceId), 'page', filters] as const,
  detail: (workspaceId: number, timesheetId: string) => [...timesheetKeys.workspace(workspaceId), 'detail', timesheetId] as const,
}

export const timesheetQueries = {
  page: (workspaceId: number, filters: TimesheetFilters & { page: number; per_page: number }) =>
    queryOptions({
      queryKey: timesheetKeys.page(workspaceId, filters),
      queryFn: (ctx) => listTimesheetPage(workspaceId, filters, queryRequest(ctx)),
    }),
  detail: (workspaceId: number, timesheetId: string) =>
    queryOptions({
      queryKey: timesheetKeys.detail(workspaceId, timesheetId),
      queryFn: (ctx) => getTimesheet(workspaceId, timesheetId, queryRequest(ctx)),
    }),
}
