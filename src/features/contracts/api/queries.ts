import { queryOptions } from '@tanstack/react-query'
import type { ContractFilters } from '@/contract/contracts'
import { queryRequest } from '@/lib/api/query-priority'
import { listContracts } from './requests'

export const contractKeys = {
  all: ['contracts'] as const,
  workspace: (workspaceId: number) => [...contractKeys.all, workspaceId] as const,
  list: (workspaceId: number, filters: ContractFilters) => [...contractKeys.workspace(workspaceId), 'list', filters] as const,
}

// Assumed: contracts change seldom; five minutes of staleness saves the budget.
const CONTRACTS_STALE_MS = 5 * 60_000

export const contractQueries = {
  list: (workspaceId: number, filters: ContractFilters = {}) =>
    queryOptions({
      queryKey: contractKeys.list(workspaceId, filters),
      queryFn: (ctx) => listContracts(workspaceId, filters, queryRequest(ctx)),
      staleTime: CONTRACTS_STALE_MS,
    }),
}
