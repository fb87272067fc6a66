import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { cn } from '@/lib/utils'

/**
 * A disclosure menu: a button that opens a panel, closed by Escape or a click outside, focus
 * returning to the button. Small enough not to need a headless-UI dependency.
 */
export function Menu({
  label,
  trigger,
  children,
  align = 'end',
}: {
  label: string
  trigger: ReactNode
  /** Items marked `data-menu-close` (every MenuItem) close the menu when clicked. */
  children: ReactNode
  align?: 'start' | 'end'
}) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        button.current?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex h-9 items-center gap-2 rounded-md px-2 hover:bg-accent"
      >
        {trigger}
      </button>
      {open && (
        <div
          id={id}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('[data-menu-close]')) {
              setOpen(false)
              button.current?.focus()
            }
          }}
          className={cn('absolute top-full z-20 mt-1 min-w-56 rounded-md border bg-card p-1 shadow-md', align === 'end' ? 'right-0' : 'left-0')}
        >
          {children}
        </div>
      )}
    </div>
  )
}

export function MenuItem({ className, ...props }: React.ComponentProps<'button'>) {
  return (
    <button
      type="button"
      data-menu-close
      className={cn('flex w-full items-center gap-2 rounded-sm px-2 py-1.5 text-left hover:bg-accent [&_svg]:size-4', className)}
      {...props}
    />
  )
}
