import { describe, expect, it } from 'vitest'
import { trackedHoursReportSchema } from '@/contract/reports'
import { minutesByContract } from './week-minutes'
import { currentWeek, forecastText, forecastWeek, hasLimit, weekOf, workDaysElapsed } from './weekly-forecast'

const monday = new Date(2026, 10, 23)
const at = (day: number, hour: number) => new Date(2026, 10, 23 + day, hour)

describe('weekly overrun forecast', () => {
  it('treats 0 and 168 hours as no limit', () => {
    expect(hasLimit(0)).toBe(false)
    expect(hasLimit(168)).toBe(false)
    expect(hasLimit(null)).toBe(false)
    expect(hasLimit(40)).toBe(true)
    expect(
      forecastWeek({
        trackedMinutes: 9_000,
        limitHours: 168,
        weekStart: monday,
        now: at(2, 12),
      }).status,
    ).toBe('no-limit')
  })

  it('measures the pace over working days, at least one', () => {
    expect(workDaysElapsed(monday, at(0, 9))).toBe(1)
    expect(workDaysElapsed(monday, at(2, 12))).toBe(2.5)
    expect(workDaysElapsed(monday, at(5, 12))).toBe(5)
  })

  it('flags a contract whose pace ends the week past its limit', () => {
    // 20 h by Wednesday noon is 8 h a day: 40 h by Friday, past a 30 h limit.
    const f = forecastWeek({
      trackedMinutes: 20 * 60,
      limitHours: 30,
      weekStart: monday,
      now: at(2, 12),
    })
    expect(f).toEqual({
      status: 'at-risk',
      trackedMinutes: 1200,
      projectedMinutes: 2400,
      limitMinutes: 1800,
    })
  })

  it('is calm when the pace fits, and says over once the limit is reached', () => {
    expect(
      forecastWeek({
        trackedMinutes: 10 * 60,
        limitHours: 40,
        weekStart: monday,
        now: at(2, 12),
      }).status,
    ).toBe('ok')
    expect(
      forecastWeek({
        trackedMinutes: 60,
        limitHours: 1,
        weekStart: monday,
        now: at(0, 10),
      }).status,
    ).toBe('over')
  })

  it('does not panic on Monday morning', () => {
    // 3 h by 09:00 Monday counts as one day's pace: 15 h, within 20.
    expect(
      forecastWeek({
        trackedMinutes: 180,
        limitHours: 20,
        weekStart: monday,
        now: at(0, 9),
      }).status,
    ).toBe('ok')
  })

  it('sums a report per contract and finds the week', () => {
    const report = trackedHoursReportSchema.parse({
      report_type: 'tracked_hours',
      start_date: '2026-11-23',
      end_date: '2026-11-29',
      total: { total_minutes: 100 },
      '2026-11-23': {
        users: [{ user_id: 1, project_id: 2, contract_id: 7, total_minutes: 30 }],
      },
      '2026-11-24': {
        users: [
          { user_id: 1, project_id: 2, contract_id: 7, total_minutes: 50 },
          {
            user_id: 1,
            project_id: null,
            contract_id: null,
            total_minutes: 20,
          },
        ],
      },
    })
    expect([...minutesByContract(report)]).toEqual([[7, 80]])
    expect(currentWeek(at(3, 15))).toMatchObject({
      start_date: '2026-11-23',
      end_date: '2026-11-29',
    })
  })

  it('says the forecast as a number while the week runs and will not fit', () => {
    const forecast = (trackedMinutes: number, now: Date) => forecastText(forecastWeek({ trackedMinutes, limitHours: 10, weekStart: monday, now }))
    // 7 h by Wednesday noon: 14 h by Friday.
    expect(forecast(7 * 60, at(2, 12))).toBe('≈ 14 h by Friday, limit 10 h')
    expect(forecastText(forecastWeek({ trackedMinutes: 7 * 60, limitHours: 10, weekStart: monday, now: at(2, 12) }), { withLimit: false })).toBe(
      '≈ 14 h by Friday',
    )
    // Over already, and still going.
    expect(forecast(11 * 60, at(2, 12))).toBe('≈ 22 h by Friday, limit 10 h')
    expect(forecast(6 * 60 + 17, at(3, 0))).toBe('≈ 10.5 h by Friday, limit 10 h')
    // Calm when it fits; a finished week has its total, not a pace.
    expect(forecast(3 * 60, at(2, 12))).toBeNull()
    expect(forecast(11 * 60, at(6, 12))).toBeNull()
  })

  it('names any week by its Monday', () => {
    expect(weekOf('2026-11-16')).toEqual({ start_date: '2026-11-16', end_date: '2026-11-22', weekStart: new Date(2026, 10, 16) })
  })
})
