import { useMutation, useQueryClient } from '@tanstack/react-query'
import { invalidateChange } from '@/api/changes'
import type { CreateTimeEntryInput, UpdateTimeEntryInput } from '@/contract/time-entries'
import type { StartTrackingInput } from '@/contract/time-tracking'
import { liveStoreFor } from './live-registry'
import { createEntry, currentTracker, deleteEntry, startTracking, stopTracking, timelinePage, updateEntry } from '@/api/time-tracking/requests'
import { todayUtc } from '@/contract/calendar'

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

/**
 * The member's board row after their tracked time changed: their timeline for that day, read
 * again (one request), so today's total moves without waiting for the scheduler.
 */
async function rereadRow(workspaceId: number, userId: number, date: string) {
  try {
    const users = await timelinePage(workspaceId, date, [userId])
    liveStoreFor(workspaceId).store.setTimeline(users, date, Date.now())
  } catch {
    // The change stands; the scheduler reads this member again soon.
  }
}

/** Everything that shows a member's tracked time on `dates`: cached reads and their Live row. */
function useTrackedTimeChanged(workspaceId: number) {
  const queryClient = useQueryClient()
  return (userId: number, dates: readonly string[]) =>
    Promise.all(
      [...new Set(dates)].flatMap((date) => [
        invalidateChange(queryClient, { type: 'tracked-time', workspaceId, userId, date }),
        rereadRow(workspaceId, userId, date),
      ]),
    )
}

// Assumed: the vendor files a stopped tracker under its UTC day; the viewer's day may differ.
const trackerDays = () => [todayUtc(), new Date().toLocaleDateString('en-CA')]

export function useClockOut(workspaceId: number) {
  const changed = useTrackedTimeChanged(workspaceId)
  return useMutation({
    mutationKey: ['time-tracking', workspaceId, 'stop'],
    mutationFn: (userId: number) => stopTracking(workspaceId, userId),
    onSuccess: (_stopped, userId) => {
      liveStoreFor(workspaceId).store.setCurrent(userId, null, Date.now())
      void recheck(workspaceId, userId, false)
    },
    // A refusal ("no running tracker to stop") usually means the tracker ended elsewhere or was
    // never visible: read it again so the row leaves the board if it is not running.
    onError: (_error, userId) => void recheck(workspaceId, userId, false),
    // The stopped tracker became a time entry: it counts in the day's and the week's totals.
    onSettled: (_data, _error, userId) => changed(userId, trackerDays()),
  })
}

/** An entry as a change needs it: whose, and which day. */
export interface EntryRef {
  id: string
  userId: number
  date: string
}

export function useCreateEntry(workspaceId: number) {
  const changed = useTrackedTimeChanged(workspaceId)
  return useMutation({
    mutationFn: (input: CreateTimeEntryInput) => createEntry(workspaceId, input),
    onSettled: (_data, _error, input) => changed(input.user_id, [input.date]),
  })
}

export function useUpdateEntry(workspaceId: number) {
  const changed = useTrackedTimeChanged(workspaceId)
  return useMutation({
    mutationFn: ({ entry, input }: { entry: EntryRef; input: UpdateTimeEntryInput }) => updateEntry(workspaceId, entry.id, input),
    // An entry moved to another day changes both days.
    onSettled: (_data, _error, { entry, input }) => changed(entry.userId, [entry.date, input.date ?? entry.date]),
  })
}

export function useDeleteEntry(workspaceId: number) {
  const changed = useTrackedTimeChanged(workspaceId)
  return useMutation({
    mutationFn: (entry: EntryRef) => deleteEntry(workspaceId, entry.id),
    onSettled: (_data, _error, entry) => changed(entry.userId, [entry.date]),
  })
}
