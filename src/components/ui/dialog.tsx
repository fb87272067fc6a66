import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react'
import { cn } from '@/lib/utils'

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and
 * makes the rest of the page inert, so no focus-trap library is needed. `onClose` fires for
 * Escape, the backdrop and explicit closes alike.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  className,
}: {
  open: boolean
  onClose: () => void
  title: string
  description?: ReactNode
  children: ReactNode
  className?: string
}) {
  const dialogProps = useModalDialog(open, onClose)
  const titleId = useId()
  const descriptionId = useId()

  return (
    <dialog
      {...dialogProps}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cn('m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border bg-background p-0 text-foreground shadow-lg backdrop:bg-black/50', className)}
    >
      {open && (
        <div className="flex flex-col gap-4 p-5">
          <div className="flex flex-col gap-1">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            {description && (
              <div id={descriptionId} className="text-sm text-muted-foreground">
                {description}
              </div>
            )}
          </div>
          {children}
        </div>
      )}
    </dialog>
  )
}

/**
 * Props for a native <dialog> shown as a modal while `open`; `onClose` fires for Escape, a click
 * on the backdrop and explicit closes alike.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return {
    ref,
    onClose,
    // A click on the backdrop lands on the <dialog> itself, outside its content box.
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === ref.current) onClose()
    },
  }
}
