import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { timeRequestFiltersFromSearch, timeRequestsSearchSchema } from './time-requests-search'

describe('time requests URL state', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 10, 23, 12, 0))
  })
  afterEach(() => vi.useRealTimers())

  it('defaults to the last 30 days, which the API requires', () => {
    expect(timeRequestFiltersFromSearch(timeRequestsSearchSchema.parse({}))).toEqual({
      date_from: '2026-10-24',
      date_to: '2026-11-23',
      page: 1,
      per_page: 20,
    })
  })

  it('reads every filter and the page from the URL', () => {
    const search = timeRequestsSearchSchema.parse({ date_from: '2026-11-01', date_to: '2026-11-15', status: 'pending', member: 1012, page: 2, per_page: 100 })
    expect(timeRequestFiltersFromSearch(search)).toEqual({
      date_from: '2026-11-01',
      date_to: '2026-11-15',
      status: 'pending',
      user_id: 1012,
      page: 2,
      per_page: 100,
    })
  })

  it('falls back to the defaults for what a hand-edited link gets wrong', () => {
    const search = timeRequestsSearchSchema.parse({ date_from: 'yesterday', date_to: '2026-13-01', status: 'maybe', member: -4, page: 'x' })
    expect(search).toEqual({ date_from: '2026-10-24', date_to: '2026-11-23', status: undefined, member: undefined, page: 1, per_page: 20 })
  })

  it('reads a reversed range in order', () => {
    const search = timeRequestsSearchSchema.parse({ date_from: '2026-11-15', date_to: '2026-11-01' })
    expect(timeRequestFiltersFromSearch(search)).toMatchObject({ date_from: '2026-11-01', date_to: '2026-11-15' })
  })
})
