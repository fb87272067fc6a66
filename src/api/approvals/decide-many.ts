export interface BulkOutcome<T> {
  succeeded: T[]
  failed: { item: T; reason: string }[]
  /** Not sent because the user stopped the batch: still pending. */
  stopped: T[]
}

/**
 * Decide items one after another, going on past failures, reporting progress after each. One
 * at a time on purpose: the client's rate budget paces the requests, so a batch of 100 waits
 * for its turn instead of failing with 429, and the user's other clicks can still go first. An
 * abort lets the item in flight finish and sends nothing more.
 */
export async function bulkDecide<T>(
  items: readonly T[],
  decide: (item: T) => Promise<unknown>,
  options: { onProgress?: (done: number, total: number) => void; describeError?: (error: unknown) => string; signal?: AbortSignal } = {},
): Promise<BulkOutcome<T>> {
  const outcome: BulkOutcome<T> = { succeeded: [], failed: [], stopped: [] }
  const describe = options.describeError ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)))
  for (const [index, item] of items.entries()) {
    if (options.signal?.aborted) {
      outcome.stopped.push(item)
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
