import { memberEnvelopeSchema, memberListSchema, type MemberFilters } from '@/contract/members'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

/** Every member matching the filters, all pages at per_page=100. */
export function listMembers(workspaceId: number, filters: MemberFilters, options: Options = {}) {
  return fetchAllPages((page) =>
    api.get('/members', {
      schema: memberListSchema,
      params: { workspace_id: workspaceId, ...filters, ...page },
      ...options,
    }),
  )
}

export async function getMember(workspaceId: number, memberId: number, options: Options = {}) {
  const envelope = await api.get(`/members/${memberId}`, {
    schema: memberEnvelopeSchema,
    params: { workspace_id: workspaceId },
    ...options,
  })
  return envelope.data
}
