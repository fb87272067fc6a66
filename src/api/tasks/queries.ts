import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { listProjectTasks } from './requests'

export const taskKeys = {
  all: ['tasks'] as const,
  project: (workspaceId: number, projectId: number) => [...taskKeys.all, workspaceId, projectId] as const,
}

export const taskQueries = {
  project: (workspaceId: number, projectId: number) =>
    queryOptions({
      queryKey: taskKeys.project(workspaceId, projectId),
      queryFn: (ctx) => listProjectTasks(workspaceId, projectId, queryRequest(ctx)),
    }),
}
