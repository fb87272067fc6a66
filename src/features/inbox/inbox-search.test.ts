import { describe, expect, it } from 'vitest'
import { inboxSearchSchema } from './inbox-search'

describe('inboxSearchSchema', () => {
  it('defaults to every kind, newest first', () => {
    expect(inboxSearchSchema.parse({})).toEqual({ order: 'newest', kind: 'all' })
  })

  it('keeps valid values and repairs bad ones instead of failing the page', () => {
    expect(inboxSearchSchema.parse({ order: 'member', kind: 'leave', item: 'leave:abc' })).toEqual({ order: 'member', kind: 'leave', item: 'leave:abc' })
    expect(inboxSearchSchema.parse({ order: 'oldest', kind: 'expenses', item: 42 })).toEqual({ order: 'newest', kind: 'all', item: undefined })
  })
})
