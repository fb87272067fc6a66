import { createRouter } from '@tanstack/react-router'
import { NotFound } from '@/components/errors/not-found'
import { Pending } from '@/components/errors/pending'
import { RouteError } from '@/components/errors/route-error'
import { routeTree } from './routeTree.gen'
import type { RouterContext } from './routes/__root'

/** The router with the app's defaults (used by main.tsx and by route tests). */
export function createAppRouter(context: RouterContext, options: { history?: Parameters<typeof createRouter>[0]['history'] } = {}) {
  return createRouter({
    routeTree,
    context,
    history: options.history,
    defaultPreload: 'intent',
    // TanStack Query owns caching; the router asks it every time.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: Pending,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: () => <NotFound />,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
