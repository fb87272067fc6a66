import { queryOptions } from '@tanstack/react-query'
import type { ExpenseFilters } from '@/contract/expenses'
import { queryRequest } from '@/lib/api/query-priority'
import { listExpenseCategories, listExpensePage } from './requests'

type PageFilters = ExpenseFilters & { page: number; per_page: number }

export const expenseKeys = {
  all: ['expenses'] as const,
  workspace: (workspaceId: number) => [...expenseKeys.all, workspaceId] as const,
  page: (workspaceId: number, filters: PageFilters) => [...expenseKeys.workspace(workspaceId), 'page', filters] as const,
  categories: (workspaceId: number) => [...expenseKeys.workspace(workspaceId), 'categories'] as const,
}

// Assumed: categories change rarely; the form's options may be minutes old.
const CATEGORIES_STALE_MS = 10 * 60_000

export const expenseQueries = {
  page: (workspaceId: number, filters: PageFilters) =>
    queryOptions({
      queryKey: expenseKeys.page(workspaceId, filters),
      queryFn: (ctx) => listExpensePage(workspaceId, filters, queryRequest(ctx)),
    }),
  categories: (workspaceId: number) =>
    queryOptions({
      queryKey: expenseKeys.categories(workspaceId),
      queryFn: (ctx) => listExpenseCategories(workspaceId, queryRequest(ctx)),
      staleTime: CATEGORIES_STALE_MS,
    }),
}
