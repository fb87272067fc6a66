import { queryOptions } from '@tanstack/react-query'
import type { ContractFilters } from '@/contract/contracts'
import { queryRequest } from '@/lib/api/query-priority'
import { getWeekTrackedHours, listContracts } from './requests'

type Week = { start_date: string; end_date: string }

export const contractKeys = {
  all: ['contracts'] as const,
  workspace: (workspaceId: number) => [...contractKeys.all, workspaceId] as const,
  list: (workspaceId: number, filters: ContractFilters) => [...contractKeys.workspace(workspaceId), 'list', filters] as const,
  week: (workspaceId: number, week: Week) => [...contractKeys.workspace(workspaceId), 'week', week] as const,
}

// Assumed: contracts change seldom; five minutes of staleness saves the budget.
const CONTRACTS_STALE_MS = 5 * 60_000
// This week's hours move while people work; a minute old is fresh enough for a limit warning.
const WEEK_STALE_MS = 60_000
/** How often a page that watches the week (the Live board) re-reads it: one request. */
export const WEEK_REFRESH_MS = 5 * 60_000

export const contractQueries = {
  list: (workspaceId: number, filters: ContractFilters = {}) =>
    queryOptions({
      queryKey: contractKeys.list(workspaceId, filters),
      queryFn: (ctx) => listContracts(workspaceId, filters, queryRequest(ctx)),
      staleTime: CONTRACTS_STALE_MS,
    }),
  week: (workspaceId: number, week: Week) =>
    queryOptions({
      queryKey: contractKeys.week(workspaceId, week),
      queryFn: (ctx) => getWeekTrackedHours(workspaceId, week, queryRequest(ctx)),
      staleTime: WEEK_STALE_MS,
    }),
}
