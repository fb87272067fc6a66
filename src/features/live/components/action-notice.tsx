import { X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'

/** What the last clock-in or clock-out did: done (WebWork said `success: true`) or refused, with why. */
export interface ActionOutcome {
  tone: 'done' | 'refused'
  text: string
}

/**
 * The answer to the last clock-in or clock-out, outside every table (a sideways-scrolling row
 * would cut it off) and stuck under the header, so it is read wherever on a long board the click
 * was. The live region is always there (an inserted one is not reliably announced); while empty
 * it takes no room and cancels the page's gap before it.
 */
export function ActionNotice({ outcome, onDismiss }: { outcome: ActionOutcome | null; onDismiss: () => void }) {
  return (
    <div role="status" aria-live="polite" className="sticky top-16 z-[5] empty:-mt-4">
      {outcome && (
        <div
          role={outcome.tone === 'refused' ? 'alert' : undefined}
          className={cn(
            'flex items-start gap-2 rounded-md border border-l-4 bg-background py-1 pr-1 pl-3 text-sm shadow-sm',
            outcome.tone === 'refused' ? 'border-destructive/60 text-destructive' : 'border-success/60',
          )}
        >
          <p className="min-w-0 flex-1 py-1 break-words">{outcome.text}</p>
          <Button variant="ghost" size="icon" className="size-7" aria-label="Dismiss" onClick={onDismiss}>
            <X aria-hidden />
          </Button>
        </div>
      )}
    </div>
  )
}
