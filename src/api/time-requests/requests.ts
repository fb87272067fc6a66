import { timeRequestWriteEnvelopeSchema, timeRequestListSchema, type CreateTimeRequestInput, type TimeRequestFilters } from '@/contract/time-requests'
import { api } from '@/lib/api/client'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

export function listTimeRequestPage(workspaceId: number, filters: TimeRequestFilters & { page: number; per_page: number }, options: Options = {}) {
  return api.get('/time-requests', { schema: timeRequestListSchema, params: { workspace_id: workspaceId, ...filters }, ...options })
}

/** Judged by `success`; the echo may be partial (null then), so callers re-read the list. */
export async function createTimeRequest(workspaceId: number, input: CreateTimeRequestInput) {
  return (await api.post('/time-requests', { schema: timeRequestWriteEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })).data
}
