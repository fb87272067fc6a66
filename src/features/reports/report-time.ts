import { formatClock } from '@/utils/format'

// Times in the viewer's zone, with the member's own clock where it differs (for titles).

export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** `09:30`, plus `(14:30 in Asia/Kolkata)` for a title when the member lives elsewhere. */
export function clockWithMemberZone(instant: string, memberZone?: string): { text: string; title?: string } {
  const text = formatClock(instant)
  if (!memberZone || memberZone === viewerZone()) return { text }
  const theirs = formatClock(instant, memberZone)
  return theirs === text ? { text } : { text, title: `${theirs} in ${memberZone} (the member's time)` }
}

/** Hours since the viewer's local midnight of `day` (may be below 0 or above 24 for spans crossing midnight). */
export function hoursIntoDay(instant: string, day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return (Date.parse(instant) - new Date(y, m - 1, d).getTime()) / 3_600_000
}

/**
 * The hours a one-day chart spans in the viewer's time: 0–24, widened in steps of 3 hours to take
 * in every instant of `instants`. A report's day is each member's own date, so a member far east
 * or west worked it partly on the viewer's day before or after; those spans are drawn too.
 */
export function dayAxis(instants: readonly string[], day: string): { from: number; to: number; ticks: number[] } {
  const hours = instants.map((instant) => hoursIntoDay(instant, day))
  const from = Math.floor(Math.min(0, ...hours) / 3) * 3
  const to = Math.ceil(Math.max(24, ...hours) / 3) * 3
  return { from, to, ticks: Array.from({ length: (to - from) / 3 + 1 }, (_, i) => from + i * 3) }
}

/** An hour on such an axis as a clock time of its own day: 27.5 → `03:30`, −3 → `21:00`. */
export function axisClock(hours: number): string {
  const minutes = ((Math.round(hours * 60) % 1440) + 1440) % 1440
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
