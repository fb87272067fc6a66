export interface BulkOutcome<T> {
  succeeded: T[]
  failed: { item: T; reason: string }[]
}

/**
 * Decide items one after another, going on past failures, reporting progress after each. One
 * at a time on purpose: the client's rate budget paces the requests, so a batch of 100 waits
 * for its turn instead of failing with 429, and the user's other clicks can still go first.
 */
export async function bulkDecide<T>(
  items: readonly T[],
  decide: (item: T) => Promise<unknown>,
  options: { onProgress?: (done: number, total: number) => void; describeError?: (error: unknown) => string; signal?: AbortSignal } = {},
): Promise<BulkOutcome<T>> {
  const outcome: BulkOutcome<T> = { succeeded: [], failed: [] }
  const describe = options.describeError ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)))
  for (const [index, item] of items.entries()) {
    if (options.signal?.aborted) {
      outcome.failed.push({ item, reason: 'Stopped before this item was sent.' })
      continue
    }
    try {
      await decide(item)
      outcome.succeeded.push(item)
    } catch (error) {
      outcome.failed.push({ item, reason: describe(error) })
    }
    options.onProgress?.(index + 1, items.length)
  }
  return outcome
}
