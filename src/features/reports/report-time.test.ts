import { describe, expect, it } from 'vitest'
import { axisClock, dayAxis, hoursIntoDay } from './report-time'

// Instants are built from the viewer's own midnight, so the tests hold in any zone.
const at = (day: string, hours: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(new Date(y, m - 1, d).getTime() + hours * 3_600_000).toISOString()
}

describe('dayAxis', () => {
  it('is the viewer’s 24 hours when every span falls inside them', () => {
    expect(dayAxis([at('2026-11-23', 8), at('2026-11-23', 17.5)], '2026-11-23')).toEqual({ from: 0, to: 24, ticks: [0, 3, 6, 9, 12, 15, 18, 21, 24] })
  })

  it('widens to take in a span the member worked on the viewer’s evening before (issue 16: a total and no bar)', () => {
    // 20:49–23:46 the evening before, for a member whose own day it already was.
    const axis = dayAxis([at('2026-11-23', 20 + 49 / 60 - 24), at('2026-11-23', 23 + 46 / 60 - 24), at('2026-11-23', 9)], '2026-11-23')
    expect(axis.from).toBe(-6)
    expect(axis.to).toBe(24)
    expect(axis.ticks[0]).toBe(-6)
    expect(hoursIntoDay(at('2026-11-23', -3.2), '2026-11-23')).toBeGreaterThanOrEqual(axis.from)
  })

  it('widens past the next midnight too', () => {
    expect(dayAxis([at('2026-11-23', 22), at('2026-11-23', 25.5)], '2026-11-23')).toMatchObject({ from: 0, to: 27 })
  })
})

describe('axisClock', () => {
  it('reads an axis hour as a clock time of its own day', () => {
    expect(axisClock(9.5)).toBe('09:30')
    expect(axisClock(-3)).toBe('21:00')
    expect(axisClock(27.25)).toBe('03:15')
    expect(axisClock(24)).toBe('00:00')
  })
})
