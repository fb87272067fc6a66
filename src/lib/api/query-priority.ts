import type { QueryFunctionContext } from '@tanstack/react-query'
import type { Priority } from './rate-budget'

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { priority?: Priority }
  }
}

/**
 * The request options a queryFn passes to the client. A query that already has data is being
 * refetched in the background; otherwise the loader's meta says whether the user navigated
 * ('user') or the router prefetched ('background'); anything else is for the visible page.
 */
export function queryRequest({ signal, meta, client, queryKey }: QueryFunctionContext): {
  signal: AbortSignal
  priority: Priority
} {
  const hasData = client.getQueryData(queryKey) !== undefined
  return { signal, priority: hasData ? 'background' : (meta?.priority ?? 'page') }
}
