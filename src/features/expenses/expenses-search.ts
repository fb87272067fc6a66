import { z } from 'zod'
import type { ExpenseFilters } from '@/contract/expenses'
import { definedOnly, optionalDayParam, orderedRange, pageParams } from '@/utils/search-params'

/** The expenses ledger's URL state: an optional date range and the page. */
export const expensesSearchSchema = z.object({
  date_from: optionalDayParam,
  date_to: optionalDayParam,
  ...pageParams,
})
export type ExpensesSearch = z.infer<typeof expensesSearchSchema>
export type ExpensePageFilters = ExpenseFilters & { page: number; per_page: number }

export function expenseFiltersFromSearch(search: ExpensesSearch): ExpensePageFilters {
  const { date_from, date_to, page, per_page } = orderedRange(search)
  return { ...definedOnly({ date_from, date_to }), page, per_page }
}

export const isFiltered = (s: ExpensesSearch) => Boolean(s.date_from || s.date_to)
