import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { NotFound } from '@/components/errors/not-found'
import { RouteError } from '@/components/errors/route-error'
import type { Auth } from '@/lib/auth/auth'

export interface RouterContext {
  queryClient: QueryClient
  auth: Auth
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  // Outside the shell, these screens provide the page's main landmark themselves.
  errorComponent: (props) => (
    <main>
      <RouteError {...props} />
    </main>
  ),
  notFoundComponent: () => (
    <main>
      <NotFound />
    </main>
  ),
})
