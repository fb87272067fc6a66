import {
  contractDeletedEnvelopeSchema,
  contractListSchema,
  contractWriteEnvelopeSchema,
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
  return fetchAllPages('GET /contracts', (page) =>
    api.get('/contracts', {
      schema: contractListSchema,
      params: { workspace_id: workspaceId, ...filters, ...page },
      ...options,
    }),
  )
}

// Writes are judged by the envelope (`success: true` is done, whatever `data` holds: delete
// answers `{ success, message }` only); the mutations re-read contracts and projects.

export function createContract(workspaceId: number, input: CreateContractInput) {
  return api.post('/contracts', {
    schema: contractWriteEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

export function updateContract(workspaceId: number, contractId: number, input: UpdateContractInput) {
  return api.put(`/contracts/${contractId}`, {
    schema: contractWriteEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

/** Path inferred (endpoints.md); refused with 409 when time was tracked on the contract. */
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
