import { formatMoney } from '@/utils/amounts'

/**
 * An amount the API may withhold: absent means the caller's role may not see rates, which is
 * unknown, never zero.
 */
export function HiddenAmount({ amount, currency }: { amount: number | undefined; currency?: string | null }) {
  if (amount === undefined) {
    return (
      <span title="hidden" className="text-muted-foreground">
        —<span className="sr-only"> hidden</span>
      </span>
    )
  }
  return <>{formatMoney(amount, currency)}</>
}
