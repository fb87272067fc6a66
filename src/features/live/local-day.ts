// Calendar days on a member's own clock: the timeline and current-data both count "today" in the
// member's zone, not the viewer's.

const formatters = new Map<string, Intl.DateTimeFormat>()

/** `YYYY-MM-DD` of `instant` in `timeZone` (UTC when unknown or invalid). */
export function localDate(instant: number, timeZone?: string | null): string {
  const zone = timeZone ?? 'UTC'
  let format = formatters.get(zone)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    } catch {
      format = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' })
    }
    formatters.set(zone, format)
  }
  return format.format(instant)
}

/** 3725 → `1:02:05`; durations that tick every second. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** How fresh a row is: `updated 40 s ago`, `updated 3 min ago`, `not checked yet`. */
export function formatFreshness(checkedAt: number | null, now: number): string {
  if (checkedAt === null) return 'not checked yet'
  const seconds = Math.max(0, Math.round((now - checkedAt) / 1000))
  if (seconds < 5) return 'updated just now'
  if (seconds < 90) return `updated ${seconds} s ago`
  const minutes = Math.round(seconds / 60)
  if (minutes < 90) return `updated ${minutes} min ago`
  return `updated ${Math.round(minutes / 60)} h ago`
}
