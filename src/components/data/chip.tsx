import type { ReactNode } from 'react'
import { X } from 'lucide-react'
import { cn } from '@/lib/utils'

/** A small label with a remove button (`removeLabel` names what removing does); no button without `onRemove`. */
export function Chip({
  children,
  removeLabel,
  onRemove,
  disabled,
  pending,
}: {
  children: ReactNode
  removeLabel?: string
  onRemove?: () => void
  disabled?: boolean
  /** A change on its way to the server: shown faded until it is confirmed. */
  pending?: boolean
}) {
  return (
    <span className={cn('inline-flex items-center gap-0.5 rounded-md bg-muted py-0.5 pl-1.5 text-xs', onRemove ? 'pr-0.5' : 'pr-1.5', pending && 'opacity-50')}>
      {children}
      {onRemove && (
        <button
          type="button"
          aria-label={removeLabel}
          disabled={disabled}
          onClick={onRemove}
          className="rounded p-0.5 text-muted-foreground hover:bg-accent hover:text-foreground"
        >
          <X aria-hidden className="size-3" />
        </button>
      )}
    </span>
  )
}
