import type { Member } from '@/contract/members'

/** A missing rate means the caller may not see rates: it is hidden, never zero. */
export function formatRate(m: Pick<Member, 'rate' | 'rate_type'>): string | null {
  if (m.rate === undefined) return null
  const amount = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(m.rate)
  // Assumed: `rate_type` is "hourly" or "fixed" as in the sandbox; the API names no currency.
  if (m.rate_type === 'hourly') return `${amount} / h`
  return m.rate_type ? `${amount} (${m.rate_type})` : amount
}

const statusTones = { active: 'success', inactive: 'warning', left: 'neutral', unknown: 'neutral' } as const

/** The badge tone of a member status; a status we do not know is shown as its text, neutral. */
export const statusTone = (status: string) => statusTones[status as keyof typeof statusTones] ?? 'neutral'

/** "40 h", "No limit" for the vendor's 168 (or 0), "—" when the API did not say. */
export function formatWeeklyLimit(hours: number | undefined): string {
  if (hours === undefined) return '—'
  return hours > 0 && hours < 168 ? `${hours} h` : 'No limit'
}
