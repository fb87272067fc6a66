import { describe, expect, it } from 'vitest'
import { memberFiltersFromSearch, membersSearchSchema, searchFromSorting, sortingFromSearch } from './members-search'

describe('members URL state', () => {
  it('reads filters and sorting from the URL', () => {
    const search = membersSearchSchema.parse({ status: 'active', role: 'Team manager', email: 'a@b.test', sort: '-name' })
    expect(memberFiltersFromSearch(search)).toEqual({ status: 'active', role: 'Team manager', email: 'a@b.test' })
    expect(sortingFromSearch(search.sort)).toEqual([{ id: 'name', desc: true }])
  })

  it('drops what a hand-edited link gets wrong instead of failing', () => {
    const search = membersSearchSchema.parse({ status: 'sleeping', role: 'Boss', email: 'not-an-email', sort: 'shoe' })
    expect(search).toEqual({ status: undefined, role: undefined, email: undefined, sort: undefined })
    expect(memberFiltersFromSearch(search)).toEqual({})
  })

  it('writes sorting back to the URL form', () => {
    expect(searchFromSorting([{ id: 'email', desc: false }])).toBe('email')
    expect(searchFromSorting([{ id: 'rate', desc: true }])).toBe('-rate')
    expect(searchFromSorting([])).toBeUndefined()
    expect(sortingFromSearch(searchFromSorting([{ id: 'status', desc: true }]))).toEqual([{ id: 'status', desc: true }])
  })
})
