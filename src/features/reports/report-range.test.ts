import { describe, expect, it } from 'vitest'
import { effectivePreset, isReversedRange, oneDaySearch, presetRange, resolveRange, stepRange } from './report-range'
import { splitRange } from '@/contract/calendar'

const today = '2026-11-25' // a Wednesday

describe('presets', () => {
  it('covers days, weeks (Monday..Sunday) and calendar months', () => {
    expect(presetRange('today', today)).toEqual({ start: today, end: today })
    expect(presetRange('yesterday', today)).toEqual({ start: '2026-11-24', end: '2026-11-24' })
    expect(presetRange('this-week', today)).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(presetRange('last-week', today)).toEqual({ start: '2026-11-16', end: '2026-11-22' })
    expect(presetRange('this-month', today)).toEqual({ start: '2026-11-01', end: '2026-11-30' })
    expect(presetRange('last-month', today)).toEqual({ start: '2026-10-01', end: '2026-10-31' })
    expect(presetRange('last-month', '2026-01-15')).toEqual({ start: '2025-12-01', end: '2025-12-31' })
    expect(presetRange('this-month', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' })
  })

  it('reads custom ranges, and falls back to this week without both days or with a From after the To (not swapped)', () => {
    expect(resolveRange({ range: 'custom', from: '2026-11-03', to: '2026-11-10' }, today)).toEqual({ start: '2026-11-03', end: '2026-11-10' })
    expect(resolveRange({ range: 'custom', from: '2026-11-10' }, today)).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(resolveRange({ range: 'custom', from: '2026-11-10', to: '2026-11-03' }, today)).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(isReversedRange({ range: 'custom', from: '2026-11-10', to: '2026-11-03' })).toBe(true)
    expect(isReversedRange({ range: 'custom', from: '2026-11-03', to: '2026-11-10' })).toBe(false)
    expect(resolveRange({}, today)).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(effectivePreset({}, false)).toBe('this-week')
  })

  it('opens a one-day report on today unless the URL names a day', () => {
    expect(resolveRange({}, today, true)).toEqual({ start: today, end: today })
    expect(resolveRange({ range: 'this-week' }, today, true)).toEqual({ start: today, end: today })
    expect(resolveRange({ range: 'last-month' }, today, true)).toEqual({ start: today, end: today })
    expect(resolveRange({ range: 'yesterday' }, today, true)).toEqual({ start: '2026-11-24', end: '2026-11-24' })
    expect(resolveRange({ range: 'custom', from: '2026-11-10' }, today, true)).toEqual({ start: '2026-11-10', end: '2026-11-10' })
    expect(resolveRange({ range: 'custom', from: '2026-11-10', to: '2026-11-12' }, today, true)).toEqual({ start: '2026-11-10', end: '2026-11-10' })
    expect(effectivePreset({ range: 'this-week' }, true)).toBe('today')
  })

  it('lets a link into a one-day report carry a day, never a longer range', () => {
    const filters = { member: 7, view: 'table' as const }
    expect(oneDaySearch({ ...filters, range: 'this-week' as const })).toEqual({ ...filters, range: undefined, from: undefined, to: undefined })
    expect(oneDaySearch({ ...filters, range: 'custom' as const, from: '2026-11-02', to: '2026-11-08' })).toEqual({
      ...filters,
      range: undefined,
      from: undefined,
      to: undefined,
    })
    expect(oneDaySearch({ ...filters, range: 'custom' as const, from: '2026-11-02', to: '2026-11-02' })).toEqual({
      ...filters,
      range: 'custom',
      from: '2026-11-02',
      to: '2026-11-02',
    })
    expect(oneDaySearch({ ...filters, range: 'yesterday' as const })).toEqual({ ...filters, range: 'yesterday' })
  })
})

describe('stepRange', () => {
  it('steps days and weeks by their length', () => {
    expect(stepRange({ start: today, end: today }, -1)).toEqual({ start: '2026-11-24', end: '2026-11-24' })
    expect(stepRange({ start: '2026-11-23', end: '2026-11-29' }, 1)).toEqual({ start: '2026-11-30', end: '2026-12-06' })
    expect(stepRange({ start: '2026-11-03', end: '2026-11-12' }, -1)).toEqual({ start: '2026-10-24', end: '2026-11-02' })
  })

  it('steps whole months by calendar month', () => {
    expect(stepRange({ start: '2026-03-01', end: '2026-03-31' }, -1)).toEqual({ start: '2026-02-01', end: '2026-02-28' })
    expect(stepRange({ start: '2026-12-01', end: '2026-12-31' }, 1)).toEqual({ start: '2027-01-01', end: '2027-01-31' })
  })
})

describe('splitRange', () => {
  it('keeps a range that fits in one piece', () => {
    expect(splitRange({ start: '2026-10-01', end: '2026-10-31' }, 31)).toEqual([{ start: '2026-10-01', end: '2026-10-31' }])
  })

  it('splits three months into 31-day pieces that cover every day once', () => {
    const chunks = splitRange({ start: '2026-09-01', end: '2026-11-30' }, 31)
    expect(chunks).toEqual([
      { start: '2026-09-01', end: '2026-10-01' },
      { start: '2026-10-02', end: '2026-11-01' },
      { start: '2026-11-02', end: '2026-11-30' },
    ])
  })

  it('gives one day per piece for single-date reports', () => {
    expect(splitRange({ start: '2026-11-29', end: '2026-12-01' }, 1)).toHaveLength(3)
  })
})
