import { useCallback } from 'react'
import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/lib/api/errors'
import { invalidateChange } from '../changes'
import { bulkDecide } from './decide-many'
import type { ApprovalRef } from './kinds'
import { inboxKeys } from './queries'
import { decide, type Decision } from './requests'

/** A pending queue as the cache holds it: pages of rows with ids. */
type PendingPages = InfiniteData<{ data: { id: string }[] }>

export interface DecisionVariables {
  item: ApprovalRef
  decision: Decision
  reason?: string
}

/**
 * The item is no longer pending: another manager decided it, or it is gone. The sandbox answers a
 * wrong state with 422 naming `status` (the vendor documents 422 for state errors); a 422 about the
 * reason itself is a real validation error instead.
 */
export function isAlreadyDecided(error: unknown): boolean {
  if (isApiError(error, 'not-found') || isApiError(error, 'conflict')) return true
  if (!isApiError(error, 'validation')) return false
  const fields = Object.keys(error.details.fieldErrors ?? {})
  return !fields.includes('reason') && !fields.includes('comment')
}

/**
 * The answer was lost on the way (the connection dropped): the vendor may or may not have applied
 * the decision, so neither "failed" nor "done" can be said until the item is read again.
 */
export const isUnknownOutcome = (error: unknown) => isApiError(error, 'network')

/**
 * Whether `item` is still pending, read afresh from the API (its queue's first pages). Used after
 * an unknown outcome, to say what really happened.
 */
export async function stillPending(queryClient: QueryClient, workspaceId: number, item: ApprovalRef): Promise<boolean> {
  const queryKey = inboxKeys.pending(workspaceId, item.kind)
  // Invalidated, the re-read goes at the page's priority (query-priority.ts): the user is waiting
  // for it, so it must not queue behind background reads.
  await queryClient.invalidateQueries({ queryKey, exact: true, refetchType: 'all' })
  const data = queryClient.getQueryData<PendingPages>(queryKey)
  return data?.pages.some((page) => page.data.some((row) => row.id === item.id)) ?? false
}

/** Take an item out of its cached queue at once, before the API answers. */
async function dropFromQueue(queryClient: QueryClient, workspaceId: number, item: ApprovalRef) {
  const queryKey = inboxKeys.pending(workspaceId, item.kind)
  await queryClient.cancelQueries({ queryKey })
  const previous = queryClient.getQueryData<PendingPages>(queryKey)
  queryClient.setQueryData<PendingPages>(
    queryKey,
    (data) => data && { ...data, pages: data.pages.map((page) => ({ ...page, data: page.data.filter((row) => row.id !== item.id) })) },
  )
  return { queryKey, previous }
}

/**
 * Approve or reject, shown at once: the item leaves its pending list before the answer comes
 * (STYLE 13: cancel, snapshot, set, roll back on error, invalidate when settled). A refusal puts
 * it back; an item decided elsewhere stays out and the refetch confirms its new state.
 */
export function useDecide(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: inboxKeys.decide(workspaceId),
    mutationFn: ({ item, decision, reason }: DecisionVariables) => decide(workspaceId, item.kind, item.id, decision, reason),
    onMutate: ({ item }) => dropFromQueue(queryClient, workspaceId, item),
    onError: (error, _variables, context) => {
      // A lost answer is not a refusal: the re-read (stillPending) decides whether it comes back.
      if (context?.previous && !isAlreadyDecided(error) && !isUnknownOutcome(error)) queryClient.setQueryData(context.queryKey, context.previous)
    },
    onSettled: (_data, _error, { item }) => invalidateChange(queryClient, { type: 'decision', workspaceId, kind: item.kind }),
  })
}

type BatchOptions = Parameters<typeof bulkDecide>[2]

/**
 * Decide many with one decision: each item leaves its queue as it is sent, and the queues are
 * read again once, at the end (not after each item: a batch of 25 costs 25 decisions and a
 * re-read, not 75 requests). Stopping lets the item in flight finish and leaves the rest pending.
 */
export async function decideBatch<T extends ApprovalRef>(
  queryClient: QueryClient,
  workspaceId: number,
  items: readonly T[],
  decision: Decision,
  reason: string | undefined,
  options: BatchOptions = {},
) {
  try {
    return await bulkDecide(
      items,
      async (item) => {
        await dropFromQueue(queryClient, workspaceId, item)
        await decide(workspaceId, item.kind, item.id, decision, reason)
      },
      options,
    )
  } finally {
    const kinds = new Set(items.map((item) => item.kind))
    await Promise.all([...kinds].map((kind) => invalidateChange(queryClient, { type: 'decision', workspaceId, kind })))
  }
}

export function useDecideMany(workspaceId: number) {
  const queryClient = useQueryClient()
  return useCallback(
    <T extends ApprovalRef>(items: readonly T[], decision: Decision, reason: string | undefined, options?: BatchOptions) =>
      decideBatch(queryClient, workspaceId, items, decision, reason, options),
    [queryClient, workspaceId],
  )
}
