import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateTimeEntryInput, UpdateTimeEntryInput } from '@/contract/time-entries'
import type { StartTrackingInput } from '@/contract/time-tracking'
import { liveStoreFor } from './live-registry'
import { liveKeys } from '@/api/time-tracking/queries'
import { createEntry, currentTracker, deleteEntry, startTracking, stopTracking, updateEntry } from '@/api/time-tracking/requests'

// Clock-in/out and manual time. A write is judged by the envelope alone (`success: true` means
// the vendor applied it, whatever `data` holds), then what changed is re-read. Mutations are never
// retried: a retry of an applied start would clock in twice.

/**
 * Re-reads one member's tracker after a clock-in or clock-out. Assumed: an answer that contradicts
 * the write just applied is the vendor's background service not done yet (variant A hands a start
 * to one), so it is left to the board's next scheduled check rather than shown.
 */
async function recheck(workspaceId: number, userId: number, running: boolean) {
  const { store } = liveStoreFor(workspaceId)
  try {
    const data = await currentTracker(workspaceId, userId)
    if ((data !== null) === running) store.setCurrent(userId, data, Date.now())
  } catch {
    // The write stands; the scheduler reads this member again soon.
  }
}

/**
 * Clock a member in. The row changes once the API has said yes (a refusal, e.g. already tracking,
 * must not flash a tracker that is not there); the start is the answer's when it sends one.
 */
export function useClockIn(workspaceId: number) {
  return useMutation({
    mutationKey: ['time-tracking', workspaceId, 'start'],
    mutationFn: (input: StartTrackingInput) => startTracking(workspaceId, input),
    onSuccess: (started, input) => {
      const now = Date.now()
      liveStoreFor(workspaceId).store.clockedIn(input.user_id, {
        checkedAt: now,
        // Assumed without `start_time`: the vendor started it as it answered.
        startedAt: started?.start_time ? Date.parse(started.start_time) : now,
        projectName: started?.project_name,
        data: {
          user_id: input.user_id,
          contract_id: started?.contract_id ?? input.contract_id ?? undefined,
          task_id: started?.task_id ?? input.task_id ?? undefined,
          activity_description: started?.activity_description ?? input.activity_description ?? undefined,
          // Today's total comes with the re-read.
        },
      })
      // Not awaited: the click is done; the reading follows (the budget may hold it back).
      void recheck(workspaceId, input.user_id, true)
    },
  })
}

export function useClockOut(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['time-tracking', workspaceId, 'stop'],
    mutationFn: (userId: number) => stopTracking(workspaceId, userId),
    onSuccess: (_stopped, userId) => {
      liveStoreFor(workspaceId).store.setCurrent(userId, null, Date.now())
      void recheck(workspaceId, userId, false)
    },
    // The stopped tracker became a time entry and counts in this week's totals.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: liveKeys.entries(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: liveKeys.weekRoot(workspaceId) }),
      ]),
  })
}

export function useCreateEntry(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateTimeEntryInput) => createEntry(workspaceId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: liveKeys.entries(workspaceId) }),
  })
}

export function useUpdateEntry(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateTimeEntryInput }) => updateEntry(workspaceId, id, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: liveKeys.entries(workspaceId) }),
  })
}

export function useDeleteEntry(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => deleteEntry(workspaceId, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: liveKeys.entries(workspaceId) }),
  })
}
