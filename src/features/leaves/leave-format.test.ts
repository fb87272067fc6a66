import { describe, expect, it } from 'vitest'
import { leaveDates, leaveLength, leavePaidLabel } from './leave-format'

describe('leave formatting', () => {
  it('shows whole days, ranges and part days', () => {
    expect(leaveDates({ start_date: '2026-12-28', end_date: '2026-12-29' })).toBe('Dec 28 – Dec 29, 2026')
    expect(leaveDates({ start_date: '2026-12-30', end_date: '2027-01-02' })).toBe('Dec 30, 2026 – Jan 2, 2027')
    expect(leaveDates({ start_date: '2026-12-07', end_date: '2026-12-07', start_time: '09:00', end_time: '12:30' })).toBe('Dec 7, 2026 · 09:00–12:30')
    expect(leaveDates({ start_date: undefined, end_date: undefined })).toBe('—')
  })

  it('counts days, with hours for part days', () => {
    expect(leaveLength({ days: 2, hours: 16 })).toBe('2 days')
    expect(leaveLength({ days: 1, hours: 8 })).toBe('1 day')
    expect(leaveLength({ days: 0.44, hours: 3.5 })).toBe('0.44 days (3.5 h)')
    expect(leaveLength(undefined)).toBeNull()
    expect(leaveLength({})).toBeNull()
  })

  it('reads a part day given only in hours (the legacy `{days: 0, hours: 4}`) as its hours', () => {
    expect(leaveLength({ days: 0, hours: 4 })).toBe('4 h')
    expect(leaveLength({ days: 5, hours: 0 })).toBe('5 days')
  })

  it('names paid, unpaid, an unknown answer raw, and nothing when unknown', () => {
    expect([leavePaidLabel('yes'), leavePaidLabel('no'), leavePaidLabel('partly'), leavePaidLabel(undefined)]).toEqual(['Paid', 'Unpaid', 'partly', null])
  })
})
