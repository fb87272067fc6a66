import { queryOptions } from '@tanstack/react-query'
import type { LeaveFilters } from '@/contract/leaves'
import { queryRequest } from '@/lib/api/query-priority'
import { listLeavePage, listLeavePolicies } from './requests'

type PageFilters = LeaveFilters & { page: number; per_page: number }

export const leaveKeys = {
  all: ['leaves'] as const,
  workspace: (workspaceId: number) => [...leaveKeys.all, workspaceId] as const,
  page: (workspaceId: number, filters: PageFilters) => [...leaveKeys.workspace(workspaceId), 'page', filters] as const,
  policies: (workspaceId: number) => [...leaveKeys.workspace(workspaceId), 'policies'] as const,
}

// Assumed: policies change rarely; the filter's options may be minutes old.
const POLICIES_STALE_MS = 10 * 60_000

export const leaveQueries = {
  page: (workspaceId: number, filters: PageFilters) =>
    queryOptions({
      queryKey: leaveKeys.page(workspaceId, filters),
      queryFn: (ctx) => listLeavePage(workspaceId, filters, queryRequest(ctx)),
    }),
  policies: (workspaceId: number) =>
    queryOptions({
      queryKey: leaveKeys.policies(workspaceId),
      queryFn: (ctx) => listLeavePolicies(workspaceId, queryRequest(ctx)),
      staleTime: POLICIES_STALE_MS,
    }),
}
