import type { ReactNode } from 'react'
import { NavSheet } from './nav-sheet'

/**
 * The frame of every signed-in page: a sidebar (a sheet behind a menu button on narrow screens),
 * a header with the workspace switcher, the rate meter and the user menu, and the page itself.
 */
export function AppShell({ nav, header, children }: { nav: ReactNode; header: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col md:flex-row">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh w-56 shrink-0 overflow-y-auto border-r bg-muted/40 md:block">
        <div className="flex h-14 items-center gap-2 px-4 font-semibold">
          <span aria-hidden className="flex size-6 items-center justify-center rounded-md bg-primary text-xs text-primary-foreground">
            W
          </span>
          WebWork
        </div>
        <nav aria-label="Main" className="flex flex-col gap-1 px-2 pb-4">
          {nav}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center gap-2 border-b bg-background/95 px-2 backdrop-blur sm:gap-3 md:px-4">
          <NavSheet>{nav}</NavSheet>
          {header}
        </header>
        <main id="main" tabIndex={-1} className="flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  )
}

export const navLinkClass =
  'flex items-center gap-2 whitespace-nowrap rounded-md px-3 py-1.5 text-muted-foreground hover:bg-accent hover:text-foreground data-[status=active]:bg-accent data-[status=active]:font-medium data-[status=active]:text-foreground [&_svg]:size-4'
