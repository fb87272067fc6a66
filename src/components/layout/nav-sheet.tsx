import { useState, type ReactNode } from 'react'
import { Menu, X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { useModalDialog } from '@/components/ui/dialog'

/**
 * The main navigation on narrow screens: a button that opens it as a sheet from the left (a
 * native modal <dialog>: focus stays inside, Escape and the backdrop close it). Following a link,
 * even to the page already shown, closes it too.
 */
export function NavSheet({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const dialogProps = useModalDialog(open, () => setOpen(false))

  return (
    <>
      <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation" aria-expanded={open} onClick={() => setOpen(true)}>
        <Menu aria-hidden />
      </Button>
      <dialog
        {...dialogProps}
        aria-label="Navigation"
        className="m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r bg-background p-0 text-foreground backdrop:bg-black/50"
      >
        {open && (
          <div className="flex flex-col gap-2 p-2">
            <div className="flex items-center justify-between pl-2">
              <span className="font-semibold">WebWork</span>
              <Button variant="ghost" size="icon" aria-label="Close navigation" onClick={() => setOpen(false)}>
                <X aria-hidden />
              </Button>
            </div>
            <nav
              aria-label="Main"
              className="flex flex-col gap-1"
              onClick={(event) => {
                if ((event.target as Element).closest('a')) setOpen(false)
              }}
            >
              {children}
            </nav>
          </div>
        )}
      </dialog>
    </>
  )
}
