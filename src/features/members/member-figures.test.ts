import { describe, expect, it } from 'vitest'
import { member } from '@/testing/factories'
import { formatRate, formatWeeklyLimit } from './member-format'
import { memberStatusCounts } from './member-figures'

describe('member status counts', () => {
  it('adds up: every status the docs name, and any other status as "other"', () => {
    const counts = memberStatusCounts([
      member({ id: 1 }),
      member({ id: 2, status: 'inactive' }),
      member({ id: 3, status: 'left' }),
      member({ id: 4, status: 'unknown' }),
      member({ id: 5, status: 'suspended' }),
      member({ id: 6 }),
    ])
    expect(counts).toEqual({
      total: 6,
      statuses: [
        { status: 'active', count: 2 },
        { status: 'inactive', count: 1 },
        { status: 'left', count: 1 },
        { status: 'unknown', count: 1 },
      ],
      other: 1,
    })
    expect(counts.statuses.reduce((sum, s) => sum + s.count, counts.other)).toBe(counts.total)
  })

  it('leaves out statuses nobody has', () => {
    expect(memberStatusCounts([member({ status: 'left' })])).toEqual({ total: 1, statuses: [{ status: 'left', count: 1 }], other: 0 })
  })
})

describe('member format', () => {
  it('shows an unknown weekly limit as unknown, 168 as no limit', () => {
    expect(formatWeeklyLimit(undefined)).toBe('—')
    expect([formatWeeklyLimit(40), formatWeeklyLimit(168)]).toEqual(['40 h', 'No limit'])
  })

  it('treats a missing rate as hidden, not zero', () => {
    expect(formatRate(member())).toBeNull()
    expect(formatRate(member({ rate: 0, rate_type: 'hourly' }))).toBe('0.00 / h')
  })
})
