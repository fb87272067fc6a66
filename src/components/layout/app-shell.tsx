import type { ReactNode } from 'react'

/**
 * The frame of every signed-in page: a sidebar (a row of links on narrow screens), a header with
 * the workspace switcher, the rate meter and the user menu, and the page itself.
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
      <aside className="border-b bg-muted/40 md:sticky md:top-0 md:h-dvh md:w-56 md:shrink-0 md:border-r md:border-b-0">
        <div className="flex h-12 items-center gap-2 px-4 font-semibold md:h-14">
          <span aria-hidden className="flex size-6 items-center justify-center rounded-md bg-primary text-xs text-primary-foreground">
            W
          </span>
          WebWork
        </div>
        <nav aria-label="Main" className="flex gap-1 overflow-x-auto px-2 pb-2 md:flex-col md:pb-0">
          {nav}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center gap-3 border-b bg-background/95 px-4 backdrop-blur">
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
