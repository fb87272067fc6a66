import { describe, expect, it } from 'vitest'
import { expenseFiltersFromSearch, expensesSearchSchema } from '@/features/expenses/expenses-search'
import { homeDays, homeFilters, homeLinks } from '@/features/home/home-reads'
import { leaveFiltersFromSearch, leavesSearchSchema } from '@/features/leaves/leaves-search'
import { timesheetFiltersFromSearch, timesheetsSearchSchema } from '@/features/timesheets/timesheets-search'

// Home reads under the keys of the pages its cards link to, so a click costs no request: each
// link's URL state, read as that page reads it, asks the API for exactly what Home asked.

describe('Home’s links', () => {
  const days = homeDays(new Date(2026, 11, 2, 10))
  const links = homeLinks(days)
  const filters = homeFilters(days)

  it('open Timesheets, Leaves and Expenses on the very queries Home read', () => {
    expect(timesheetFiltersFromSearch(timesheetsSearchSchema.parse(links.notSubmitted))).toEqual(filters.notSubmitted)
    expect(leaveFiltersFromSearch(leavesSearchSchema.parse(links.awaySoon))).toEqual(filters.awaySoon)
    expect(expenseFiltersFromSearch(expensesSearchSchema.parse(links.expenses))).toEqual(filters.expenses)
  })

  it('ask about last week, the next seven days and this week', () => {
    expect(filters.notSubmitted).toMatchObject({ date_from: '2026-11-23', date_to: '2026-11-29' })
    expect(filters.awaySoon).toMatchObject({ date_from: '2026-12-02', date_to: '2026-12-09' })
    expect(filters.expenses).toMatchObject({ date_from: '2026-11-30' })
  })
})
