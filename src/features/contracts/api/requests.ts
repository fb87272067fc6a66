import {
  contractDeletedEnvelopeSchema,
  contractEnvelopeSchema,
  contractListSchema,
  type ContractFilters,
  type CreateContractInput,
  type UpdateContractInput,
} from '@/contract/contracts'
import { trackedHoursEnvelopeSchema } from '@/contract/reports'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

export function listContracts(workspaceId: number, filters: ContractFilters, options: Options = {}) {
  return fetchAllPages((page) =>
    api.get('/contracts', {
      schema: contractListSchema,
      params: { workspace_id: workspaceId, ...filters, ...page },
      ...options,
    }),
  )
}

export async function createContract(workspaceId: number, input: CreateContractInput) {
  return (
    await api.post('/contracts', {
      schema: contractEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

export async function updateContract(workspaceId: number, contractId: number, input: UpdateContractInput) {
  return (
    await api.put(`/contracts/${contractId}`, {
      schema: contractEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

/** Path assumed (README); refused with 409 when time was tracked on the contract. */
export function deleteContract(workspaceId: number, contractId: number) {
  return api.delete(`/contracts/${contractId}`, {
    schema: contractDeletedEnvelopeSchema,
    params: { workspace_id: workspaceId },
  })
}

/** One tracked-hours report for the whole workspace and week: one request, whatever the team size. */
export async function getWeekTrackedHours(workspaceId: number, week: { start_date: string; end_date: string }, options: Options = {}) {
  return (
    await api.get('/reports/tracked-hours', {
      schema: trackedHoursEnvelopeSchema,
      params: { workspace_id: workspaceId, ...week },
      ...options,
    })
  ).data
}
