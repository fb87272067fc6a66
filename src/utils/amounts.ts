import type { Money } from '@/contract/wire'

// Money as every page shows it (durations: formatMinutes in ./format).

/**
 * An amount in its currency (`$1,234.50`). The API names no currency on expenses or timesheets,
 * only on contracts and reports: without one the amount says so (`1,234.50 (currency unknown)`)
 * rather than pass for a bare number; a currency that is no ISO code follows the number as sent.
 */
export function formatMoney(amount: number, currency?: string | null): string {
  const number = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)
  if (!currency) return `${number} (currency unknown)`
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount)
  } catch {
    return `${number} ${currency}`
  }
}

/** The one currency a list of contracts agrees on, or null when there is none or several. */
export function commonCurrency(currencies: readonly (string | null | undefined)[]): string | null {
  const distinct = new Set(currencies.filter(Boolean))
  return distinct.size === 1 ? [...distinct][0]! : null
}

/**
 * Amounts in one currency each, as the vendor may send them (`{ "USD": 12.5, "EUR": 3 }`), joined
 * and never summed across currencies: `$12.50 + €3.00`. One without a currency takes `currency`.
 */
export function formatMoneyList(amounts: readonly Money[], currency?: string | null): string {
  if (amounts.length === 0) return formatMoney(0, currency)
  return amounts.map((a) => formatMoney(a.value, a.currency ?? currency)).join(' + ')
}

/** True when every amount is 0, e.g. time on non-billable work. */
export const isZeroMoney = (amounts: readonly Money[]) => amounts.every((a) => a.value === 0)

/**
 * An amount the API may withhold, as text: `—` when it sent none (the caller's role may not see
 * rates: unknown, not 0), `Not billable` when tracked time earned nothing, else the amounts.
 */
export function formatAmount(amounts: readonly Money[] | undefined, { currency, minutes }: { currency?: string | null; minutes?: number } = {}): string {
  if (amounts === undefined) return '—'
  if (minutes && isZeroMoney(amounts)) return 'Not billable'
  return formatMoneyList(amounts, currency)
}
