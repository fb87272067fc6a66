import { addDays, daysInclusive, mondayOf, type DayRange } from '@/contract/calendar'
import type { RangePreset } from './report-search'

export { rangePresets } from './report-search'

// The reports' date range: a preset relative to today (so a bookmark of "this week" stays this
// week), or explicit days. Stepping with ←/→ always lands on explicit days, so the URL says
// exactly which range is on screen.

export const presetLabels: Record<RangePreset, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  'this-week': 'This week',
  'last-week': 'Last week',
  'this-month': 'This month',
  'last-month': 'Last month',
  custom: 'Custom',
}
/** The presets that make sense for a report of one day. */
export const dayPresets = ['today', 'yesterday', 'custom'] as const satisfies readonly RangePreset[]

const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`
const lastOfMonth = (date: string) => addDays(firstOfMonth(addMonths(date, 1)), -1)
function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** The days a preset stands for on `today` (the viewer's calendar day). */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string): DayRange {
  switch (preset) {
    case 'today':
      return { start: today, end: today }
    case 'yesterday':
      return { start: addDays(today, -1), end: addDays(today, -1) }
    case 'this-week':
      return { start: mondayOf(today), end: addDays(mondayOf(today), 6) }
    case 'last-week':
      return { start: addDays(mondayOf(today), -7), end: addDays(mondayOf(today), -1) }
    case 'this-month':
      return { start: firstOfMonth(today), end: lastOfMonth(today) }
    case 'last-month': {
      const start = addMonths(today, -1)
      return { start, end: lastOfMonth(start) }
    }
  }
}

type RangeSearch = { range?: RangePreset; from?: string; to?: string }

/**
 * The preset a URL stands for. A report of one day opens on today unless the URL names a day
 * (yesterday, or a custom day: a range's first); a range report on this week unless it names a
 * range, and a custom range missing an end or ending before it starts is no range.
 */
export function effectivePreset({ range, from, to }: RangeSearch, singleDay = false): RangePreset {
  if (singleDay) return range === 'yesterday' ? 'yesterday' : range === 'custom' && from ? 'custom' : 'today'
  if (range === 'custom') return from && to && from <= to ? 'custom' : 'this-week'
  return range ?? 'this-week'
}

/** A hand-edited link whose From is after its To: refused (the toolbar says so), never swapped. */
export const isReversedRange = ({ range, from, to }: RangeSearch) => range === 'custom' && !!from && !!to && from > to

/** The days a URL asks for on `today` (the viewer's calendar day); see `effectivePreset`. */
export function resolveRange(search: RangeSearch, today: string, singleDay = false): DayRange {
  const preset = effectivePreset(search, singleDay)
  if (preset !== 'custom') return presetRange(preset, today)
  return singleDay ? { start: search.from!, end: search.from! } : { start: search.from!, end: search.to! }
}

/**
 * What a link into a report of one day carries from the current URL: its range when that names
 * exactly one day, otherwise no range at all, so the report opens on today (never on a Monday
 * because the page before showed "this week").
 */
export function oneDaySearch<T extends RangeSearch>(search: T): T {
  const { range, from, to } = search
  const namesOneDay = range === 'today' || range === 'yesterday' || (range === 'custom' && !!from && (to === undefined || to === from))
  return namesOneDay ? search : { ...search, range: undefined, from: undefined, to: undefined }
}

const isWholeMonth = ({ start, end }: DayRange) => start === firstOfMonth(start) && end === lastOfMonth(start)

/** The range one step back (-1) or forward (+1): whole months by month, anything else by its length. */
export function stepRange(range: DayRange, direction: -1 | 1): DayRange {
  if (isWholeMonth(range)) {
    const start = addMonths(range.start, direction)
    return { start, end: lastOfMonth(start) }
  }
  const length = daysInclusive(range.start, range.end)
  return { start: addDays(range.start, direction * length), end: addDays(range.end, direction * length) }
}
