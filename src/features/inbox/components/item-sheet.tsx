import type { ReactNode } from 'react'
import { ArrowLeft } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { useModalDialog } from '@/components/ui/dialog'
import { TOUCH_TARGET } from '../touch'

/**
 * On narrow screens the item opens as a sheet over the list (a native modal <dialog>: focus stays
 * inside, Escape closes it). "Back to the list" closes it; the page then hands focus back to the
 * item's row. Outcomes show in the sheet's own footer (`log`), above nothing they could cover.
 */
export function ItemSheet({ open, label, onClose, log, children }: { open: boolean; label: string; onClose: () => void; log: ReactNode; children: ReactNode }) {
  const dialogProps = useModalDialog(open, onClose)
  return (
    <dialog
      {...dialogProps}
      aria-label={label}
      className="mt-auto mb-0 h-[94dvh] max-h-none w-full max-w-none rounded-t-xl border-t bg-background p-0 text-foreground backdrop:bg-black/50"
    >
      {open && (
        <div className="flex h-full flex-col">
          <div className="flex items-center border-b px-2 py-1">
            <Button variant="ghost" className={TOUCH_TARGET} onClick={onClose}>
              <ArrowLeft aria-hidden /> Back to the list
            </Button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
          <div className="px-3">{log}</div>
        </div>
      )}
    </dialog>
  )
}
