import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { listProjectViewers } from './requests'

export const projectViewerKeys = {
  all: ['project-viewers'] as const,
  list: (workspaceId: number) => [...projectViewerKeys.all, workspaceId, 'list'] as const,
}

export const projectViewerQueries = {
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: projectViewerKeys.list(workspaceId),
      queryFn: (ctx) => listProjectViewers(workspaceId, queryRequest(ctx)),
      // Assumed: viewers change seldom; a minute of staleness saves the budget.
      staleTime: 60_000,
    }),
}
