import { describe, expect, it } from 'vitest'
import { createClock, parseClockSpec } from './clock'
import { configFromProcess } from './config'

describe('the sandbox clock', () => {
  it('parses frozen and sped-up specs, and refuses others', () => {
    expect(parseClockSpec('2026-11-23T14:00:00Z')).toEqual({ start: Date.parse('2026-11-23T14:00:00Z'), speed: 0 })
    expect(parseClockSpec('2026-11-23T08:00:00+02:00@60x')).toEqual({ start: Date.parse('2026-11-23T06:00:00Z'), speed: 60 })
    for (const bad of ['2026-11-23', 'tomorrow', '2026-11-23T14:00:00Z@fast', '2026-11-23T99:00:00Z']) expect(parseClockSpec(bad)).toBeUndefined()
  })

  it('stays frozen, runs N times faster, or follows real time', () => {
    let real = 1_000_000
    const frozen = createClock('2026-11-23T14:00:00Z', () => real)
    const fast = createClock('2026-11-23T14:00:00Z@60x', () => real)
    const live = createClock(undefined, () => real)
    real += 1_000
    expect(frozen.now().toISOString()).toBe('2026-11-23T14:00:00.000Z')
    expect(fast.now().toISOString()).toBe('2026-11-23T14:01:00.000Z')
    expect(live.now().getTime()).toBe(real)
    expect([frozen.speed, fast.speed, live.speed]).toEqual([0, 60, 1])
  })

  it('is set by --clock or SANDBOX_CLOCK, the flag first', () => {
    expect(configFromProcess([], {}).clock).toBeUndefined()
    expect(configFromProcess([], { SANDBOX_CLOCK: '2026-11-23T14:00:00Z' }).clock).toBe('2026-11-23T14:00:00Z')
    expect(configFromProcess(['--clock', '2026-11-23T08:00:00Z@60x'], { SANDBOX_CLOCK: '2026-11-23T14:00:00Z' }).clock).toBe('2026-11-23T08:00:00Z@60x')
    expect(() => configFromProcess(['--clock', 'noon'], {})).toThrow()
  })
})
