import {
  expenseCategoryListSchema,
  expenseListSchema,
  expenseWriteEnvelopeSchema,
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
  return fetchAllPages('GET /expenses/categories', (page) =>
    api.get('/expenses/categories', { schema: expenseCategoryListSchema, params: { workspace_id: workspaceId, ...page }, ...options }),
  )
}

// Writes are judged by `success` alone (update and delete answer `data: null`); the mutations
// re-read the lists rather than trust an echo.

export function createExpense(workspaceId: number, input: CreateExpenseInput) {
  return api.post('/expenses', { schema: expenseWriteEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })
}

/** PUT replaces the expense (seeds/003: "All fields are required"). */
export function updateExpense(workspaceId: number, expenseId: string, input: UpdateExpenseInput) {
  return api.put(expensePath(expenseId), { schema: expenseWriteEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })
}

/** seeds/003 sends `workspace_id` in a JSON body on DELETE. */
export function deleteExpense(workspaceId: number, expenseId: string) {
  return api.delete(expensePath(expenseId), { schema: expenseWriteEnvelopeSchema, body: { workspace_id: workspaceId } })
}
