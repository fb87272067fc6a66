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
