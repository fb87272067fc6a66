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

/**
 * The range a URL asks for. A custom range without both days falls back to this week; ends typed
 * the wrong way round are read in order. Reports of one day use the range's first day.
 */
export function resolveRange(search: { range: RangePreset; from?: string; to?: string }, today: string, singleDay = false): DayRange {
  let range: DayRange
  if (search.range !== 'custom') range = presetRange(search.range, today)
  else if (search.from && (search.to || singleDay)) {
    const to = search.to ?? search.from
    range = search.from <= to ? { start: search.from, end: to } : { start: to, end: search.from }
  } else range = presetRange('this-week', today)
  return singleDay ? { start: range.start, end: range.start } : range
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

