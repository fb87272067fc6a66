import { useMutation } from '@tanstack/react-query'
import type { InviteMemberInput, UpdateMemberInput } from '@/contract/members'
import { useRereadOnSettled } from '../changes'
import { archiveMember, inviteMember, updateMember } from './requests'

export function useInviteMember(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'member', workspaceId }))
  return useMutation({
    mutationFn: (input: InviteMemberInput) => inviteMember(workspaceId, input),
    onSettled,
  })
}

export function useUpdateMember(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'member', workspaceId }))
  return useMutation({
    mutationFn: ({ memberId, input }: { memberId: number; input: UpdateMemberInput }) => updateMember(workspaceId, memberId, input),
    onSettled,
  })
}

export function useArchiveMember(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'member', workspaceId }))
  return useMutation({
    mutationFn: (memberId: number) => archiveMember(workspaceId, memberId),
    onSettled,
  })
}
