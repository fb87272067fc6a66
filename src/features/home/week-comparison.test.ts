import { describe, expect, it } from 'vitest'
import { trackedHoursReportSchema, type TrackedHoursReportWire } from '@/contract/reports'
import { compareWeeks, differenceText } from './week-comparison'

const report = (start: string, days: Record<string, number[]>) =>
  trackedHoursReportSchema.parse({
    report_type: 'tracked_hours',
    start_date: start,
    end_date: start,
    total: 0,
    ...Object.fromEntries(Object.entries(days).map(([date, minutes]) => [date, { users: minutes.map((m, i) => ({ user_id: i + 1, total_minutes: m })) }])),
  } satisfies TrackedHoursReportWire)
const weeks = { thisMonday: '2026-11-30', lastMonday: '2026-11-23', today: '2026-12-01' }

describe('this week beside last week', () => {
  it('sums every member per day, leaves the days to come open, and compares to the same weekday', () => {
    const week = compareWeeks(
      report('2026-11-30', { '2026-11-30': [60, 30], '2026-12-01': [120] }),
      report('2026-11-23', { '2026-11-23': [300], '2026-11-24': [60], '2026-11-27': [600] }),
      weeks,
    )
    expect(week.days.map((d) => [d.weekday, d.lastWeek, d.thisWeek])).toEqual([
      ['Mon', 300, 90],
      ['Tue', 60, 120],
      ['Wed', 0, null],
      ['Thu', 0, null],
      ['Fri', 600, null],
      ['Sat', 0, null],
      ['Sun', 0, null],
    ])
    expect(week).toMatchObject({ thisTotal: 210, lastTotal: 960, toDate: { throughWeekday: 'Mon', thisWeek: 90, lastWeek: 300 } })
    // Today is still running: the comparison stops at the day before.
    expect(differenceText(week)).toBe('Mon: 3h 30m less than last week (5h 00m), 70 % down.')
  })

  it('calls a difference within 2 % "about the same", says when last week had nothing, and waits out Monday', () => {
    const wednesday = { ...weeks, today: '2026-12-02' }
    const same = compareWeeks(report('2026-11-30', { '2026-11-30': [500], '2026-12-01': [500] }), report('2026-11-23', { '2026-11-23': [1010] }), wednesday)
    expect(differenceText(same)).toBe('Mon–Tue: about the same as last week (16h 50m).')
    const fresh = compareWeeks(report('2026-11-30', { '2026-11-30': [60] }), report('2026-11-23', {}), wednesday)
    expect(differenceText(fresh)).toBe('Mon–Tue: nothing was tracked last week.')
    const monday = compareWeeks(report('2026-11-30', { '2026-11-30': [60] }), report('2026-11-23', { '2026-11-23': [480] }), { ...weeks, today: '2026-11-30' })
    expect(differenceText(monday)).toBe('The week has just begun; last Monday had 8h 00m.')
  })
})
