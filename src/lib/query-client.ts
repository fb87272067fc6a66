import { MutationCache, QueryCache, QueryClient, type EnsureQueryDataOptions, type QueryKey } from '@tanstack/react-query'
import { notFound } from '@tanstack/react-router'
import { isApiError, isRetryable } from '@/lib/api/errors'
import type { Auth } from '@/lib/auth/auth'

/**
 * The app's query defaults, in one place. Data stays fresh for a minute (each refetch spends the
 * user's 60-a-minute budget); 4xx answers are not retried. A 401 that survived renewal calls
 * `onUnauthorized` (the app forgets the session and the router sends the user to sign in).
 */
export function createQueryClient({ onUnauthorized }: { onUnauthorized: () => void }) {
  const onError = (error: unknown) => {
    if (isApiError(error, 'unauthorized')) onUnauthorized()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failures, error) => failures < 2 && isRetryable(error),
      },
      mutations: { retry: false },
    },
  })
}

/**
 * Nothing read in one session may show in the next: whenever the session ends (sign-out, a
 * token refused even after renewal), the cache is emptied. Returns the unsubscribe.
 */
export function clearCacheWhenSignedOut(auth: Pick<Auth, 'session' | 'subscribe'>, queryClient: QueryClient): () => void {
  let signedIn = auth.session() !== null
  return auth.subscribe(() => {
    const now = auth.session() !== null
    if (signedIn && !now) queryClient.clear()
    signedIn = now
  })
}

/**
 * What a route loader does with its query: a navigation waits for the data at the user's
 * priority; a hover prefetch goes to the back of the rate budget's queue and is not awaited.
 */
export function loadQuery<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: EnsureQueryDataOptions<T, Error, T, K>,
  { preload }: { preload: boolean },
): Promise<unknown> {
  if (preload) return queryClient.prefetchQuery({ ...options, meta: { ...options.meta, priority: 'background' } })
  return queryClient.ensureQueryData({ ...options, meta: { ...options.meta, priority: 'user' } })
}

/** A loader's work in which the API's 404 means the router's not-found screen for the page. */
export async function notFoundOn404<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading
  } catch (error) {
    if (isApiError(error, 'not-found')) throw notFound()
    throw error
  }
}
