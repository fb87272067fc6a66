import { useMutation } from '@tanstack/react-query'
import type { CreateContractInput, UpdateContractInput } from '@/contract/contracts'
import { useRereadOnSettled } from '../changes'
import { createContract, deleteContract, updateContract } from './requests'

export function useCreateContract(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'contract', workspaceId }))
  return useMutation({
    mutationFn: (input: CreateContractInput) => createContract(workspaceId, input),
    onSettled,
  })
}

export function useUpdateContract(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'contract', workspaceId }))
  return useMutation({
    mutationFn: ({ contractId, input }: { contractId: number; input: UpdateContractInput }) => updateContract(workspaceId, contractId, input),
    onSettled,
  })
}

export function useDeleteContract(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'contract', workspaceId }))
  return useMutation({
    mutationFn: (contractId: number) => deleteContract(workspaceId, contractId),
    onSettled,
  })
}
