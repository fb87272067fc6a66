import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query'
import { decideBatch } from '../src/api/approvals/mutations'
import { inboxQueries } from '../src/api/approvals/queries'
import { api } from '../src/lib/api/client'
import type { RunningSandbox } from '../sandbox/server'
import { configureAppClient } from './app-client'

// A bulk approval as the inbox runs it: the queue on screen (an observer), 25 of its timesheets
// approved in one batch through the app's client and rate budget, then the one re-read. Counts
// every request that reached the sandbox and every 429.

const BATCH = 25

export async function bulkApproveBench(sandbox: RunningSandbox, workspaceId: number) {
  const statuses = configureAppClient(sandbox)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const queue = new InfiniteQueryObserver(queryClient, inboxQueries.timesheets(workspaceId))
  const unsubscribe = queue.subscribe(() => undefined)
  try {
    const first = await queue.refetch()
    const items = (first.data?.pages[0]?.data ?? []).slice(0, BATCH).map((t) => ({ kind: 'timesheet' as const, id: t.id }))
    const before = statuses.length
    const started = performance.now()
    const outcome = await decideBatch(queryClient, workspaceId, items, 'approve', undefined)
    await queryClient.getQueryCache().find({ queryKey: inboxQueries.timesheets(workspaceId).queryKey })?.promise
    const seconds = (performance.now() - started) / 1000
    const recorded = sandbox.store.data.timesheets.filter((t) => items.some((i) => i.id === t.id) && t.status === 'approved').length
    return {
      items: items.length,
      approved: outcome.succeeded.length,
      recorded,
      requests: statuses.length - before,
      seconds,
      tooMany: statuses.filter((s) => s === 429).length,
    }
  } finally {
    unsubscribe()
    api.budget.dispose()
  }
}
