import { describe, expect, it } from 'vitest'
import { decimalHours, formatClock, formatCount, formatDay, formatDayRange, formatMinutes, formatMonth, formatWeekday } from './format'

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
    expect(formatMonth('2026-11-16')).toBe('Nov 2026')
    expect(formatDayRange('2026-11-16', '2026-11-22')).toBe('Nov 16 – Nov 22')
    expect(formatDayRange('2026-11-16', '2026-11-16')).toBe('Nov 16')
  })

  it('names the year of a range outside the current year or across two', () => {
    const today = '2026-12-02'
    expect(formatDayRange('2026-11-16', '2026-11-22', today)).toBe('Nov 16 – Nov 22')
    expect(formatDayRange('2025-11-16', '2025-11-22', today)).toBe('Nov 16 – Nov 22, 2025')
    expect(formatDayRange('2026-12-28', '2027-01-03', today)).toBe('Dec 28, 2026 – Jan 3, 2027')
    expect(formatDayRange('2025-11-16', '2025-11-16', today)).toBe('Nov 16, 2025')
    expect(formatDayRange('2026-11-16', '2026-11-16', today)).toBe('Nov 16')
  })

  it('counts in the singular or the plural', () => {
    expect(formatCount(1, 'time request')).toBe('1 time request')
    expect(formatCount(0, 'time request')).toBe('0 time requests')
    expect(formatCount(1200, 'entry', 'entries')).toBe('1,200 entries')
  })

  it('writes durations as decimal hours', () => {
    expect(decimalHours(125)).toBe('2.08')
    expect(decimalHours(45)).toBe('0.75')
    expect(decimalHours(0)).toBe('0.00')
  })

  it('formats a clock time in a given zone', () => {
    expect(formatClock('2026-11-16T14:05:00Z', 'UTC')).toBe('14:05')
    expect(formatClock('2026-11-16T14:05:00Z', 'America/New_York')).toBe('09:05')
  })
})
