import { describe, expect, it } from 'vitest'
import { timesheetFiltersFromSearch, timesheetsSearchSchema } from './timesheets-search'

describe('timesheets URL state', () => {
  it('reads every filter and the page from the URL', () => {
    const search = timesheetsSearchSchema.parse({
      status: 'submitted',
      member: 1019,
      date_from: '2026-11-01',
      date_to: '2026-11-30',
      order: 'asc',
      page: 3,
      per_page: 50,
    })
    expect(timesheetFiltersFromSearch(search)).toEqual({
      status: 'submitted',
      user_id: 1019,
      date_from: '2026-11-01',
      date_to: '2026-11-30',
      order_by: 'asc',
      page: 3,
      per_page: 50,
    })
  })

  it('defaults to the first page, newest first, unfiltered', () => {
    const search = timesheetsSearchSchema.parse({})
    expect(timesheetFiltersFromSearch(search)).toEqual({ order_by: 'desc', page: 1, per_page: 20 })
  })

  it('drops what a hand-edited link gets wrong instead of failing', () => {
    const search = timesheetsSearchSchema.parse({
      status: 'open',
      member: 'Ava',
      date_from: '2026-02-30',
      date_to: 'soon',
      order: 'sideways',
      page: 0,
      per_page: 500,
    })
    expect(search).toEqual({ status: undefined, member: undefined, date_from: undefined, date_to: undefined, order: 'desc', page: 1, per_page: 20 })
  })

  it('reads a reversed date range in order', () => {
    const search = timesheetsSearchSchema.parse({ date_from: '2026-11-30', date_to: '2026-11-01' })
    expect(timesheetFiltersFromSearch(search)).toMatchObject({ date_from: '2026-11-01', date_to: '2026-11-30' })
  })
})
