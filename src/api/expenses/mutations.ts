import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { CreateExpenseInput, UpdateExpenseInput } from '@/contract/expenses'
import { isApiError } from '@/lib/api/errors'
import { expenseKeys } from './queries'
import { createExpense, deleteExpense, updateExpense } from './requests'

// Each mutation refetches the expense lists when it settles, and stays pending until they are
// fresh, success or not: after a failure the list may still have changed (another manager, or a
// request that reached the server). A 422 is the exception: the server refused the input and
// changed nothing, so its field messages show at once instead of after a refetch.
const refetchUnlessRefused = (queryClient: QueryClient) => (_data: unknown, error: Error | null) =>
  isApiError(error, 'validation') ? undefined : queryClient.invalidateQueries({ queryKey: expenseKeys.all })

export function useCreateExpense(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateExpenseInput) => createExpense(workspaceId, input),
    onSettled: refetchUnlessRefused(queryClient),
  })
}

export function useUpdateExpense(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ expenseId, input }: { expenseId: string; input: UpdateExpenseInput }) => updateExpense(workspaceId, expenseId, input),
    onSettled: refetchUnlessRefused(queryClient),
  })
}

export function useDeleteExpense(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (expenseId: string) => deleteExpense(workspaceId, expenseId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: expenseKeys.all }),
  })
}
