import {
  archiveMemberEnvelopeSchema,
  inviteMemberEnvelopeSchema,
  memberEnvelopeSchema,
  memberListSchema,
  updateMemberEnvelopeSchema,
  type InviteMemberInput,
  type MemberFilters,
  type UpdateMemberInput,
} from '@/contract/members'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

/** Every member matching the filters, all pages at per_page=100 (list-paging says what if no pagination). */
export function listMembers(workspaceId: number, filters: MemberFilters, options: Options = {}) {
  return fetchAllPages('GET /members', (page) =>
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

// Writes are judged by the envelope (`success: true` is done, whatever `data` holds); the
// mutations then re-read the members instead of trusting the echo.

export function inviteMember(workspaceId: number, input: InviteMemberInput) {
  return api.post('/members', {
    schema: inviteMemberEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

export function updateMember(workspaceId: number, memberId: number, input: UpdateMemberInput) {
  return api.put(`/members/${memberId}`, {
    schema: updateMemberEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

/** DELETE archives: status `left`, contracts ended (README "Choices"). */
export function archiveMember(workspaceId: number, memberId: number) {
  return api.delete(`/members/${memberId}`, {
    schema: archiveMemberEnvelopeSchema,
    params: { workspace_id: workspaceId },
  })
}
