import { datesBetween } from '@/contract/calendar'
import type { TimeEntry } from '@/contract/time-entries'
import type { TimeRequest } from '@/contract/time-requests'
import { forecastText, forecastWeek, hasLimit } from '@/api/contracts/weekly-forecast'

// A time request against the member's day and week: what they tracked that day, where the
// requested span overlaps it, and what approving it does to the contract's weekly limit.

const MINUTE_MS = 60_000

/**
 * An instant's calendar day in `timeZone`. Entries are listed by the member's own day, so the
 * member's zone is the one to ask with. Assumed: without it (or with one the browser does not
 * know), the viewer's day.
 */
export function dayIn(instant: string | number, timeZone?: string): string {
  const format = (zone?: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant))
  try {
    return format(timeZone)
  } catch {
    return format()
  }
}

/** The member's days the requested span touches (its end is exclusive): usually one. */
export function requestDays(request: Pick<TimeRequest, 'start' | 'end'>, timeZone?: string): string[] {
  if (!request.start || !request.end) return []
  const start = Date.parse(request.start)
  const end = Math.max(start, Date.parse(request.end) - 1)
  return datesBetween(dayIn(start, timeZone), dayIn(end, timeZone))
}

export interface Span {
  start: number
  end: number
}

/** The spans tracked, a running entry up to `now`; entries sorted by start. */
export function trackedSpans(entries: readonly Pick<TimeEntry, 'start_time' | 'end_time'>[], now: number): Span[] {
  return entries
    .map((e) => ({ start: Date.parse(e.start_time), end: e.end_time ? Date.parse(e.end_time) : Math.max(now, Date.parse(e.start_time)) }))
    .sort((a, b) => a.start - b.start)
}

const minutesOf = (spans: readonly Span[]) => Math.round(spans.reduce((sum, s) => sum + (s.end - s.start), 0) / MINUTE_MS)

/** Tracked minutes of a day: the entries' own durations where given, else their spans. */
export const trackedMinutes = (entries: readonly Pick<TimeEntry, 'start_time' | 'end_time' | 'duration_minutes'>[], now: number) =>
  entries.reduce((sum, e) => sum + (e.duration_minutes ?? minutesOf(trackedSpans([e], now))), 0)

/** Where the request overlaps tracked time, merged so that overlapping entries count once. */
export function overlapWith(tracked: readonly Span[], request: Span): { minutes: number; spans: Span[] } {
  const spans: Span[] = []
  for (const s of tracked) {
    const start = Math.max(s.start, request.start)
    const end = Math.min(s.end, request.end)
    if (end <= start) continue
    const last = spans.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else spans.push({ start, end })
  }
  return { minutes: minutesOf(spans), spans }
}

export type WeekEffect =
  | { status: 'no-limit'; afterMinutes: number }
  | { status: 'within' | 'over'; beforeMinutes: number; afterMinutes: number; limitMinutes: number; forecast: string | null }

/**
 * The week's tracked time on the contract before and after approving. Assumed: time that overlaps
 * what is already tracked adds nothing (the vendor saves overlapping time in part), so only the
 * rest of the request is added.
 */
export function weekEffect({
  trackedMinutes: before,
  addedMinutes,
  limitHours,
  weekStart,
  now,
}: {
  trackedMinutes: number
  addedMinutes: number
  limitHours: number | null | undefined
  weekStart: Date
  now: Date
}): WeekEffect {
  const afterMinutes = before + addedMinutes
  if (!hasLimit(limitHours)) return { status: 'no-limit', afterMinutes }
  const limitMinutes = limitHours * 60
  // While the week runs, the pace says where it ends; a past week's total is final.
  const forecast = forecastText(forecastWeek({ trackedMinutes: afterMinutes, limitHours, weekStart, now }), { withLimit: false })
  return { status: afterMinutes > limitMinutes ? 'over' : 'within', beforeMinutes: before, afterMinutes, limitMinutes, forecast }
}
