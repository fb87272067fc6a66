import type { QueryFunctionContext } from '@tanstack/react-query'
import type { Priority } from './rate-budget'

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { priority?: Priority }
  }
}

/**
 * The request options a queryFn passes to the client. A query invalidated by the user's own change
 * refreshes what they are looking at ('page'); one that already has data and is merely stale is
 * refetched in the background; otherwise the loader's meta says whether the user navigated
 * ('user') or the router prefetched ('background'); anything else is for the visible page.
 */
export function queryRequest({ signal, meta, client, queryKey }: QueryFunctionContext): {
  signal: AbortSignal
  priority: Priority
} {
  const state = client.getQueryState(queryKey)
  if (state?.isInvalidated) return { signal, priority: 'page' }
  const hasData = state?.data !== undefined
  return { signal, priority: hasData ? 'background' : (meta?.priority ?? 'page') }
}
