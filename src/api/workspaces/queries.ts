import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { listWorkspaces } from './requests'

export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
}

export const workspaceQueries = {
  // Workspaces change rarely; the switcher should not spend the budget on them.
  list: () =>
    queryOptions({
      queryKey: workspaceKeys.list(),
      queryFn: (ctx) => listWorkspaces(queryRequest(ctx)),
      staleTime: 5 * 60_000,
    }),
}
