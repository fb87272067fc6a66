import { queryOptions } from '@tanstack/react-query'
import type { TimeRequestFilters } from '@/contract/time-requests'
import { queryRequest } from '@/lib/api/query-priority'
import { listTimeRequestPage } from './requests'

type PageFilters = TimeRequestFilters & { page: number; per_page: number }

export const timeRequestKeys = {
  all: ['time-requests'] as const,
  workspace: (workspaceId: number) => [...timeRequestKeys.all, workspaceId] as const,
  page: (workspaceId: number, filters: PageFilters) => [...timeRequestKeys.workspace(workspaceId), 'page', filters] as const,
}

export const timeRequestQueries = {
  page: (workspaceId: number, filters: PageFilters) =>
    queryOptions({
      queryKey: timeRequestKeys.page(workspaceId, filters),
      queryFn: (ctx) => listTimeRequestPage(workspaceId, filters, queryRequest(ctx)),
    }),
}
