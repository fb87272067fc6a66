// Calendar arithmetic for the seed. Days are whole numbers (days since 1970-01-01) so loops over
// weeks stay cheap for the large profile; instants are epoch milliseconds until written out.

export type Day = number

export const DAY_MS = 86_400_000
export const HOUR_MS = 3_600_000
export const MINUTE_MS = 60_000

export function parseDay(value: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) throw new Error(`Expected YYYY-MM-DD, got ${value}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS
}

export function formatDay(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 3) % 7) + 7) % 7
}

export function isWeekend(day: Day): boolean {
  return weekday(day) >= 5
}

export function mondayOf(day: Day): Day {
  return day - weekday(day)
}

/** `2024-01-15T09:00:00Z`: UTC, whole seconds, the docs' style. */
export function isoInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/** An instant on `day` at `minuteOfDay` UTC. */
export function utcAt(day: Day, minuteOfDay: number): number {
  return day * DAY_MS + minuteOfDay * MINUTE_MS
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const offsets = new Map<string, number>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/**
 * The zone's UTC offset (minutes) during the working hours of `day`. Measured at 12:00 UTC: for
 * every zone the seed uses, that instant falls on the same local day after any 02:00-03:00 DST
 * switch, so it is the offset in force from the morning on. Cached per zone and day.
 */
export function utcOffsetMinutes(timeZone: string, day: Day): number {
  const key = `${timeZone}|${day}`
  const cached = offsets.get(key)
  if (cached !== undefined) return cached
  const at = utcAt(day, 12 * 60)
  const parts: Record<string, number> = {}
  for (const p of formatterFor(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  const offset = Math.round((asUtc - at) / MINUTE_MS)
  offsets.set(key, offset)
  return offset
}

/** The instant of local wall-clock `minuteOfDay` on local calendar `day` in `timeZone`. */
export function localToUtc(timeZone: string, day: Day, minuteOfDay: number): number {
  return utcAt(day, minuteOfDay) - utcOffsetMinutes(timeZone, day) * MINUTE_MS
}
