import { contractListSchema, type ContractFilters } from '@/contract/contracts'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

export function listContracts(workspaceId: number, filters: ContractFilters, options: Options = {}) {
  return fetchAllPages((page) =>
    api.get('/contracts', { schema: contractListSchema, params: { workspace_id: workspaceId, ...filters, ...page }, ...options }),
  )
}
