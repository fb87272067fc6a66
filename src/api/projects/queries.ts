import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { getProject, getProjectTrackedHours, listProjects } from './requests'

export const projectKeys = {
  all: ['projects'] as const,
  workspace: (workspaceId: number) => [...projectKeys.all, workspaceId] as const,
  list: (workspaceId: number) => [...projectKeys.workspace(workspaceId), 'list'] as const,
  detail: (workspaceId: number, projectId: number) => [...projectKeys.workspace(workspaceId), 'detail', projectId] as const,
  tracked: (workspaceId: number, projectId: number, range: { start_date: string; end_date: string }) =>
    [...projectKeys.detail(workspaceId, projectId), 'tracked', range] as const,
}

// Assumed: projects change seldom; the list is filtered in the browser, so searching costs nothing.
const LIST_STALE_MS = 5 * 60_000

export const projectQueries = {
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: projectKeys.list(workspaceId),
      queryFn: (ctx) => listProjects(workspaceId, queryRequest(ctx)),
      staleTime: LIST_STALE_MS,
    }),
  detail: (workspaceId: number, projectId: number) =>
    queryOptions({
      queryKey: projectKeys.detail(workspaceId, projectId),
      queryFn: (ctx) => getProject(workspaceId, projectId, queryRequest(ctx)),
    }),
  tracked: (workspaceId: number, projectId: number, range: { start_date: string; end_date: string }) =>
    queryOptions({
      queryKey: projectKeys.tracked(workspaceId, projectId, range),
      queryFn: (ctx) => getProjectTrackedHours(workspaceId, projectId, range, queryRequest(ctx)),
    }),
}
