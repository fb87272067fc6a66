import { Check, X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { TOUCH_TARGET } from '../touch'

/**
 * What a selection can do: approve or reject all of it (read-only leaves are skipped), widen it to
 * every item shown, or clear it. On narrow screens it sits in the bottom dock.
 */
export function SelectionBar({
  count,
  shown,
  undecidable,
  onApprove,
  onReject,
  onSelectAll,
  onClear,
}: {
  count: number
  /** How many items the list shows (the kind picked): what "Select all" takes. */
  shown: number
  undecidable: number
  onApprove: () => void
  onReject: () => void
  onSelectAll: () => void
  onClear: () => void
}) {
  const actionable = count - undecidable
  return (
    <div
      role="group"
      aria-label="Selection"
      className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/40 px-3 py-2 max-lg:bg-background max-lg:shadow-md"
    >
      <span className="font-medium">
        {count} of {shown} selected
      </span>
      {undecidable > 0 && (
        <span className="text-muted-foreground">
          ({undecidable} {undecidable === 1 ? 'leave is' : 'leaves are'} read-only and will be skipped)
        </span>
      )}
      <Button size="sm" className={TOUCH_TARGET} onClick={onApprove} disabled={actionable === 0}>
        <Check aria-hidden /> Approve {actionable}
      </Button>
      <Button size="sm" variant="outline" className={TOUCH_TARGET} onClick={onReject} disabled={actionable === 0}>
        <X aria-hidden /> Reject {actionable}
      </Button>
      {count < shown && (
        <Button size="sm" variant="ghost" className={TOUCH_TARGET} onClick={onSelectAll}>
          Select all {shown}
        </Button>
      )}
      <Button size="sm" variant="ghost" className={TOUCH_TARGET} onClick={onClear}>
        Clear selection
      </Button>
    </div>
  )
}
