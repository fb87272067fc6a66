import type { Money } from '@/contract/wire'
import { formatMoneyList, isZeroMoney } from '@/utils/amounts'

/**
 * An amount the API may withhold: absent means the caller's role may not see rates, which is
 * unknown, never zero. `zeroLabel` names what an amount of 0 means where the caller knows (time
 * on non-billable work reads "Not billable", not "0.00").
 */
export function HiddenAmount({ amount, currency, zeroLabel }: { amount: readonly Money[] | undefined; currency?: string | null; zeroLabel?: string }) {
  if (amount === undefined) {
    return (
      <span title="hidden" className="text-muted-foreground">
        —<span className="sr-only"> hidden</span>
      </span>
    )
  }
  if (zeroLabel && isZeroMoney(amount)) return <span className="text-muted-foreground">{zeroLabel}</span>
  return <>{formatMoneyList(amount, currency)}</>
}
