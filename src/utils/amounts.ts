// Money as every page shows it (durations: formatMinutes in ./format).

/**
 * An amount in a currency (`$1,234.50`), or a plain number with two decimals when the currency
 * is unknown: the API names no currency on expenses or timesheets, only on contracts.
 */
export function formatMoney(amount: number, currency?: string | null): string {
  if (currency) {
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount)
    } catch {
      // An unknown code (the API sends free text) falls through to a plain number.
    }
  }
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)
}

/** The one currency a list of contracts agrees on, or null when there is none or several. */
export function commonCurrency(currencies: readonly (string | null | undefined)[]): string | null {
  const distinct = new Set(currencies.filter(Boolean))
  return distinct.size === 1 ? [...distinct][0]! : null
}
