import { queryOptions } from '@tanstack/react-query'
import type { MemberFilters } from '@/contract/members'
import { queryRequest } from '@/lib/api/query-priority'
import { getMember, listMembers } from './requests'

export const memberKeys = {
  all: ['members'] as const,
  workspace: (workspaceId: number) => [...memberKeys.all, workspaceId] as const,
  list: (workspaceId: number, filters: MemberFilters) => [...memberKeys.workspace(workspaceId), 'list', filters] as const,
  detail: (workspaceId: number, memberId: number) => [...memberKeys.workspace(workspaceId), 'detail', memberId] as const,
}

// Assumed: a member list changes seldom enough that five minutes of staleness is fine; a list of
// 1,000 costs 10 requests of the 60 a minute.
const LIST_STALE_MS = 5 * 60_000

export const memberQueries = {
  list: (workspaceId: number, filters: MemberFilters) =>
    queryOptions({
      queryKey: memberKeys.list(workspaceId, filters),
      queryFn: (ctx) => listMembers(workspaceId, filters, queryRequest(ctx)),
      staleTime: LIST_STALE_MS,
    }),
  detail: (workspaceId: number, memberId: number) =>
    queryOptions({
      queryKey: memberKeys.detail(workspaceId, memberId),
      queryFn: (ctx) => getMember(workspaceId, memberId, queryRequest(ctx)),
    }),
}
