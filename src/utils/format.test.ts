import { describe, expect, it } from 'vitest'
import { formatClock, formatDay, formatDayRange, formatMinutes, formatWeekday } from './format'

describe('format', () => {
  it('formats minutes as hours and minutes', () => {
    expect(formatMinutes(0)).toBe('0m')
    expect(formatMinutes(45)).toBe('45m')
    expect(formatMinutes(125)).toBe('2h 05m')
    expect(formatMinutes(2400)).toBe('40h 00m')
    expect(formatMinutes(-90)).toBe('−1h 30m')
  })

  it('formats calendar days the same in every zone', () => {
    expect(formatDay('2026-11-16')).toBe('Nov 16')
    expect(formatDay('2026-11-16', true)).toBe('Nov 16, 2026')
    expect(formatWeekday('2026-11-16')).toBe('Mon, Nov 16')
    expect(formatDayRange('2026-11-16', '2026-11-22')).toBe('Nov 16 – Nov 22')
    expect(formatDayRange('2026-11-16', '2026-11-16')).toBe('Nov 16')
  })

  it('formats a clock time in a given zone', () => {
    expect(formatClock('2026-11-16T14:05:00Z', 'UTC')).toBe('14:05')
    expect(formatClock('2026-11-16T14:05:00Z', 'America/New_York')).toBe('09:05')
  })
})
