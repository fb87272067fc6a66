import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateContractInput, UpdateContractInput } from '@/contract/contracts'
import { isApiError } from '@/lib/api/errors'
import { contractKeys } from './queries'
import { createContract, deleteContract, updateContract } from './requests'

// Projects count their contracts, so a settled change refetches both (the projects' keys by their
// root word: features never import each other); a 422 changed nothing.
function useRefetchContracts() {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null) =>
    isApiError(error, 'validation')
      ? undefined
      : Promise.all([
          queryClient.invalidateQueries({ queryKey: contractKeys.all }),
          queryClient.invalidateQueries({
            predicate: (q) => q.queryKey[0] === 'projects',
          }),
        ])
}

export function useCreateContract(workspaceId: number) {
  const onSettled = useRefetchContracts()
  return useMutation({
    mutationFn: (input: CreateContractInput) => createContract(workspaceId, input),
    onSettled,
  })
}

export function useUpdateContract(workspaceId: number) {
  const onSettled = useRefetchContracts()
  return useMutation({
    mutationFn: ({ contractId, input }: { contractId: number; input: UpdateContractInput }) => updateContract(workspaceId, contractId, input),
    onSettled,
  })
}

export function useDeleteContract(workspaceId: number) {
  const onSettled = useRefetchContracts()
  return useMutation({
    mutationFn: (contractId: number) => deleteContract(workspaceId, contractId),
    onSettled,
  })
}
