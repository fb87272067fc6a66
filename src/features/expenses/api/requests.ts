import {
  expenseActionEnvelopeSchema,
  expenseCategoryListSchema,
  expenseEnvelopeSchema,
  expenseListSchema,
  type CreateExpenseInput,
  type ExpenseFilters,
  type UpdateExpenseInput,
} from '@/contract/expenses'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }
const expensePath = (id: string) => `/expenses/${encodeURIComponent(id)}`

export function listExpensePage(workspaceId: number, filters: ExpenseFilters & { page: number; per_page: number }, options: Options = {}) {
  return api.get('/expenses', { schema: expenseListSchema, params: { workspace_id: workspaceId, ...filters }, ...options })
}

export function listExpenseCategories(workspaceId: number, options: Options = {}) {
  return fetchAllPages((page) =>
    api.get('/expenses/categories', { schema: expenseCategoryListSchema, params: { workspace_id: workspaceId, ...page }, ...options }),
  )
}

export async function createExpense(workspaceId: number, input: CreateExpenseInput) {
  return (await api.post('/expenses', { schema: expenseEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })).data
}

/** PUT replaces the expense (seeds/003: "All fields are required"). Answers `data: null`. */
export function updateExpense(workspaceId: number, expenseId: string, input: UpdateExpenseInput) {
  return api.put(expensePath(expenseId), { schema: expenseActionEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })
}

export function deleteExpense(workspaceId: number, expenseId: string) {
  return api.delete(expensePath(expenseId), { schema: expenseActionEnvelopeSchema, params: { workspace_id: workspaceId } })
}
