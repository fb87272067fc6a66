import { describe, expect, it } from 'vitest'
import { matchesMemberSearch, memberFiltersFromSearch, membersSearchSchema, searchFromSorting, sortingFromSearch } from './members-search'

describe('members URL state', () => {
  it('reads filters and sorting from the URL', () => {
    const search = membersSearchSchema.parse({ status: 'active', role: 'Team manager', q: ' ada ', sort: '-name' })
    expect(search.q).toBe('ada')
    // The search runs over the loaded list: only status and role reach the API.
    expect(memberFiltersFromSearch(search)).toEqual({ status: 'active', role: 'Team manager' })
    expect(sortingFromSearch(search.sort)).toEqual([{ id: 'name', desc: true }])
  })

  it('drops what a hand-edited link gets wrong instead of failing', () => {
    const search = membersSearchSchema.parse({ status: 'sleeping', role: 'Boss', q: 42, sort: 'shoe' })
    expect(search).toEqual({ status: undefined, role: undefined, q: undefined, sort: undefined })
    expect(memberFiltersFromSearch(search)).toEqual({})
  })

  it('writes sorting back to the URL form', () => {
    expect(searchFromSorting([{ id: 'email', desc: false }])).toBe('email')
    expect(searchFromSorting([{ id: 'rate', desc: true }])).toBe('-rate')
    expect(searchFromSorting([])).toBeUndefined()
    expect(sortingFromSearch(searchFromSorting([{ id: 'status', desc: true }]))).toEqual([{ id: 'status', desc: true }])
  })

  it('finds members by any words of their name or email, in any order, without case or accents', () => {
    const jose = { firstname: 'José', lastname: 'Núñez', email: 'jnunez@acme.test' }
    const ada = { firstname: 'Ada', lastname: 'Lovelace', email: 'ada@acme.test' }
    expect(matchesMemberSearch(ada, 'lovelace ada')).toBe(true)
    expect(matchesMemberSearch(ada, 'ADA@acme')).toBe(true)
    expect(matchesMemberSearch(jose, 'jose nunez')).toBe(true)
    expect(matchesMemberSearch(jose, 'ada')).toBe(false)
    expect(matchesMemberSearch(ada, undefined)).toBe(true)
  })
})
