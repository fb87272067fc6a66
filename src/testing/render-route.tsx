import { expect } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { api, bearerAuth, type ApiClientOptions } from '@/lib/api/client'
import { RateBudget } from '@/lib/api/rate-budget'
import { accessTokenOf, type Auth, type Session } from '@/lib/auth/auth'
import { AuthContext } from '@/lib/auth/use-auth'
import { createAppRouter } from '@/router'
import { TEST_API } from './msw-server'

/** An Auth that holds a token in memory: route tests are about pages, not about OAuth. */
export function fakeAuth(initial: Session | null = { kind: 'pat', accessToken: 'test-token' }): Auth {
  let session = initial
  const listeners = new Set<() => void>()
  const set = (next: Session | null) => {
    session = next
    listeners.forEach((l) => l())
  }
  return {
    acceptsPersonalToken: true,
    session: () => session,
    signInWithWebWork: async () => undefined,
    completeSignIn: async () => '/',
    preloadWebWorkSignIn: () => undefined,
    signInWithToken: (token) => set({ kind: 'pat', accessToken: token }),
    renew: async () => false,
    signOut: async () => set(null),
    forget: async () => set(null),
    subscribe: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
}

/** Mount the generated route tree at `path`, with a fresh query client, and wait for it to settle. */
export async function renderRoute(
  path: string,
  {
    auth = fakeAuth(),
    apiMode,
  }: {
    auth?: Auth
    /** How the API client authenticates and budgets (server mode); static mode with `auth`'s token by default. */
    apiMode?: Pick<ApiClientOptions, 'auth' | 'budget'>
  } = {},
) {
  const apiAuth = bearerAuth({ accessToken: () => accessTokenOf(auth.session()), renew: () => auth.renew() })
  api.configure({ baseUrl: TEST_API, ...(apiMode ?? { auth: apiAuth, budget: new RateBudget({ limit: 60 }) }) })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createAppRouter({ queryClient, auth }, { history: createMemoryHistory({ initialEntries: [path] }) })
  const view = render(
    <AuthContext.Provider value={auth}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AuthContext.Provider>,
  )
  // Generous: a loaded machine (CI beside other jobs) may take seconds to settle a route.
  const settled = { timeout: 10_000 }
  await waitFor(() => expect(screen.queryByRole('status', { name: /loading/i })).toBeNull(), settled)
  await waitFor(() => expect(router.state.status).toBe('idle'), settled)
  return { ...view, router, queryClient }
}
