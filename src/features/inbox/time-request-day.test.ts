import { describe, expect, it } from 'vitest'
import { dayIn, overlapWith, requestDays, trackedMinutes, trackedSpans, weekEffect } from './time-request-day'

const at = (iso: string) => Date.parse(iso)

describe('the member’s day of a time request', () => {
  it('is the day in the member’s zone, the viewer’s where the zone is unknown or invalid', () => {
    expect(dayIn('2026-11-16T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-17')
    expect(dayIn('2026-11-16T23:30:00Z', 'America/New_York')).toBe('2026-11-16')
    expect(dayIn('2026-11-16T12:00:00Z', 'Not/AZone')).toBe(dayIn('2026-11-16T12:00:00Z'))
  })

  it('touches the days the span covers, its end excluded', () => {
    expect(requestDays({ start: '2026-11-16T22:00:00Z', end: '2026-11-17T00:00:00Z' }, 'UTC')).toEqual(['2026-11-16'])
    expect(requestDays({ start: '2026-11-16T22:00:00Z', end: '2026-11-17T01:00:00Z' }, 'UTC')).toEqual(['2026-11-16', '2026-11-17'])
    expect(requestDays({ start: undefined, end: undefined })).toEqual([])
  })
})

describe('overlap with tracked time', () => {
  const entries = [
    { start_time: '2026-11-16T09:00:00Z', end_time: '2026-11-16T10:00:00Z', duration_minutes: 60 },
    { start_time: '2026-11-16T09:30:00Z', end_time: '2026-11-16T11:00:00Z', duration_minutes: 90 },
    { start_time: '2026-11-16T14:00:00Z', end_time: undefined, duration_minutes: undefined },
  ]
  const now = at('2026-11-16T15:00:00Z')

  it('counts each minute once where entries overlap each other, and a running entry up to now', () => {
    const spans = trackedSpans(entries, now)
    expect(overlapWith(spans, { start: at('2026-11-16T09:45:00Z'), end: at('2026-11-16T14:30:00Z') })).toEqual({
      minutes: 105,
      spans: [
        { start: at('2026-11-16T09:45:00Z'), end: at('2026-11-16T11:00:00Z') },
        { start: at('2026-11-16T14:00:00Z'), end: at('2026-11-16T14:30:00Z') },
      ],
    })
    expect(trackedMinutes(entries, now)).toBe(60 + 90 + 60)
  })

  it('finds none beside the tracked time', () => {
    expect(overlapWith(trackedSpans(entries, now), { start: at('2026-11-16T12:00:00Z'), end: at('2026-11-16T13:00:00Z') })).toEqual({ minutes: 0, spans: [] })
  })
})

describe('weekEffect', () => {
  const monday = new Date(2026, 10, 16)
  const pastWeek = { weekStart: monday, now: new Date(2026, 10, 25) }

  it('adds the request to the week and says whether it goes over the limit', () => {
    expect(weekEffect({ trackedMinutes: 9 * 60, addedMinutes: 120, limitHours: 10, ...pastWeek })).toEqual({
      status: 'over',
      beforeMinutes: 540,
      afterMinutes: 660,
      limitMinutes: 600,
      forecast: null,
    })
    expect(weekEffect({ trackedMinutes: 300, addedMinutes: 60, limitHours: 10, ...pastWeek }).status).toBe('within')
  })

  it('treats 0 and 168 hours as no limit', () => {
    expect(weekEffect({ trackedMinutes: 300, addedMinutes: 60, limitHours: 168, ...pastWeek })).toEqual({ status: 'no-limit', afterMinutes: 360 })
  })

  it('forecasts the week’s end while it runs', () => {
    // 7 h by Wednesday noon, with the request: 14 h by Friday at that pace.
    const effect = weekEffect({ trackedMinutes: 5 * 60, addedMinutes: 120, limitHours: 10, weekStart: monday, now: new Date(2026, 10, 18, 12) })
    expect(effect).toMatchObject({ status: 'within', forecast: '≈ 14 h by Friday' })
  })
})
