import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InviteMemberInput, UpdateMemberInput } from '@/contract/members'
import { isApiError } from '@/lib/api/errors'
import { memberKeys } from './queries'
import { archiveMember, inviteMember, updateMember } from './requests'

// Every member change refetches the member lists and details when it settles; a 422 changed
// nothing, so its messages show at once instead of after a refetch.
function useRefetchMembers() {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null) =>
    isApiError(error, 'validation') ? undefined : queryClient.invalidateQueries({ queryKey: memberKeys.all })
}

export function useInviteMember(workspaceId: number) {
  const onSettled = useRefetchMembers()
  return useMutation({
    mutationFn: (input: InviteMemberInput) => inviteMember(workspaceId, input),
    onSettled,
  })
}

export function useUpdateMember(workspaceId: number) {
  const onSettled = useRefetchMembers()
  return useMutation({
    mutationFn: ({ memberId, input }: { memberId: number; input: UpdateMemberInput }) => updateMember(workspaceId, memberId, input),
    onSettled,
  })
}

export function useArchiveMember(workspaceId: number) {
  const onSettled = useRefetchMembers()
  return useMutation({
    mutationFn: (memberId: number) => archiveMember(workspaceId, memberId),
    onSettled,
  })
}
