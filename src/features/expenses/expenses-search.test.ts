import { describe, expect, it } from 'vitest'
import { expenseFiltersFromSearch, expensesSearchSchema } from './expenses-search'

describe('expenses URL state', () => {
  it('reads the date range and the page from the URL', () => {
    const search = expensesSearchSchema.parse({ date_from: '2026-11-01', date_to: '2026-11-30', page: 2, per_page: 50 })
    expect(expenseFiltersFromSearch(search)).toEqual({ date_from: '2026-11-01', date_to: '2026-11-30', page: 2, per_page: 50 })
  })

  it('is unfiltered on page 1 by default, and drops bad values', () => {
    expect(expenseFiltersFromSearch(expensesSearchSchema.parse({}))).toEqual({ page: 1, per_page: 20 })
    expect(expenseFiltersFromSearch(expensesSearchSchema.parse({ date_from: 'Jan 15, 2024', page: -1, per_page: 0 }))).toEqual({ page: 1, per_page: 20 })
  })

  it('reads a reversed range in order, as the API would refuse it', () => {
    expect(expenseFiltersFromSearch(expensesSearchSchema.parse({ date_from: '2026-11-30', date_to: '2026-11-01' }))).toMatchObject({
      date_from: '2026-11-01',
      date_to: '2026-11-30',
    })
  })
})
