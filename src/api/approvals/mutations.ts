import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/lib/api/errors'
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
  await queryClient.refetchQueries({ queryKey, exact: true })
  const data = queryClient.getQueryData<PendingPages>(queryKey)
  return data?.pages.some((page) => page.data.some((row) => row.id === item.id)) ?? false
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
    onMutate: async ({ item }) => {
      const queryKey = inboxKeys.pending(workspaceId, item.kind)
      await queryClient.cancelQueries({ queryKey })
      const previous = queryClient.getQueryData<PendingPages>(queryKey)
      queryClient.setQueryData<PendingPages>(queryKey, (data) =>
        data && { ...data, pages: data.pages.map((page) => ({ ...page, data: page.data.filter((row) => row.id !== item.id) })) },
      )
      return { queryKey, previous }
    },
    onError: (error, _variables, context) => {
      // A lost answer is not a refusal: the re-read (stillPending) decides whether it comes back.
      if (context?.previous && !isAlreadyDecided(error) && !isUnknownOutcome(error)) queryClient.setQueryData(context.queryKey, context.previous)
    },
    onSettled: (_data, _error, { item }) => queryClient.invalidateQueries({ queryKey: inboxKeys.resource(workspaceId, item.kind) }),
  })
}
