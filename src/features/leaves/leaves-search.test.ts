import { describe, expect, it } from 'vitest'
import { leaveFiltersFromSearch, leavesSearchSchema } from './leaves-search'

describe('leaves URL state', () => {
  it('reads every filter and the page from the URL', () => {
    const search = leavesSearchSchema.parse({ status: 'pending', member: 1019, policy: 1317, date_from: '2026-12-01', date_to: '2026-12-31', page: 2 })
    expect(leaveFiltersFromSearch(search)).toEqual({
      status: 'pending',
      user_id: 1019,
      policy_id: 1317,
      date_from: '2026-12-01',
      date_to: '2026-12-31',
      page: 2,
      per_page: 20,
    })
  })

  it('is unfiltered on page 1 by default', () => {
    expect(leaveFiltersFromSearch(leavesSearchSchema.parse({}))).toEqual({ page: 1, per_page: 20 })
  })

  it('drops what a hand-edited link gets wrong instead of failing', () => {
    const search = leavesSearchSchema.parse({ status: 'on holiday', member: 0, policy: 'Vacation', date_from: '2026-1-1', per_page: 101 })
    expect(leaveFiltersFromSearch(search)).toEqual({ page: 1, per_page: 20 })
  })
})
