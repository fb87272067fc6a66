import { useMutation } from '@tanstack/react-query'
import type { CreateExpenseInput, UpdateExpenseInput } from '@/contract/expenses'
import { useRereadOnSettled } from '../changes'
import { createExpense, deleteExpense, updateExpense } from './requests'

// Each mutation re-reads the expense lists when it settles, and stays pending until they are
// fresh, success or not: after a failure the list may still have changed (another manager, or a
// request that reached the server). A 422 changed nothing: its messages show at once.

export function useCreateExpense(workspaceId: number) {
  return useMutation({
    mutationFn: (input: CreateExpenseInput) => createExpense(workspaceId, input),
    onSettled: useRereadOnSettled(() => ({ type: 'expense', workspaceId })),
  })
}

export function useUpdateExpense(workspaceId: number) {
  return useMutation({
    mutationFn: ({ expenseId, input }: { expenseId: string; input: UpdateExpenseInput }) => updateExpense(workspaceId, expenseId, input),
    onSettled: useRereadOnSettled(() => ({ type: 'expense', workspaceId })),
  })
}

export function useDeleteExpense(workspaceId: number) {
  return useMutation({
    mutationFn: (expenseId: string) => deleteExpense(workspaceId, expenseId),
    onSettled: useRereadOnSettled(() => ({ type: 'expense', workspaceId }), { afterRefusal: true }),
  })
}
