import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateTimeEntryInput, UpdateTimeEntryInput } from '@/contract/time-entries'
import type { StartTrackingInput } from '@/contract/time-tracking'
import { liveStoreFor } from '../live-registry'
import { liveKeys } from './queries'
import { createEntry, deleteEntry, startTracking, stopTracking, updateEntry } from './requests'

/**
 * Clock a member in. The row changes once the API has said yes (a refusal, e.g. already tracking,
 * must not flash a tracker that is not there); its start is then known to the second.
 */
export function useClockIn(workspaceId: number) {
  return useMutation({
    mutationKey: ['time-tracking', workspaceId, 'start'],
    mutationFn: (input: StartTrackingInput) => startTracking(workspaceId, input),
    onSuccess: (started) => {
      const startedAt = Date.parse(started.start_time)
      liveStoreFor(workspaceId).store.clockedIn(started.user_id, {
        checkedAt: Date.now(),
        startedAt,
        projectName: started.project_name,
        data: {
          user_id: started.user_id,
          contract_id: started.contract_id,
          task_id: started.task_id,
          task_title: null,
          activity_description: started.activity_description,
          // Today's earlier minutes come with the next current-data reading.
          total_minutes: 0,
          total_seconds: 0,
          date: '',
        },
      })
    },
  })
}

export function useClockOut(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['time-tracking', workspaceId, 'stop'],
    mutationFn: (userId: number) => stopTracking(workspaceId, userId),
    onSuccess: (_stopped, userId) => liveStoreFor(workspaceId).store.setCurrent(userId, null, Date.now()),
    // The stopped tracker became a time entry.
    onSettled: () => queryClient.invalidateQueries({ queryKey: liveKeys.entries(workspaceId) }),
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
