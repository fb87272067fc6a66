import { REPORT_MAX_PER_PAGE } from '@/contract/report-queries'
import { dailyTimelineEnvelopeSchema } from '@/contract/reports'
import {
  createdTimeEntryEnvelopeSchema,
  deletedTimeEntryEnvelopeSchema,
  TIME_ENTRIES_MAX_PER_PAGE,
  timeEntriesPath,
  timeEntryEnvelopeSchema,
  timeEntryListSchema,
  type CreateTimeEntryInput,
  type UpdateTimeEntryInput,
} from '@/contract/time-entries'
import {
  currentTrackerEnvelopeSchema,
  timeTrackingPaths,
  trackingStartedEnvelopeSchema,
  trackingStoppedEnvelopeSchema,
  type StartTrackingInput,
} from '@/contract/time-tracking'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

// Live tracking and a member's day. The board's reads go at background priority (the scheduler
// decides when); clock-in/out and entry edits are the user's clicks.

type Options = { signal?: AbortSignal; priority?: Priority }

/**
 * The daily timeline for one local date, limited to `userIds` (at most 100: one page when the
 * vendor honours per_page; `fetchAllPages` keeps asking when it sends no pagination).
 */
export async function timelinePage(workspaceId: number, date: string, userIds: readonly number[], options: Options = {}) {
  return fetchAllPages(
    'GET /reports/daily-timeline',
    async (page) => {
      const answer = await api.get('/reports/daily-timeline', {
        schema: dailyTimelineEnvelopeSchema,
        params: { workspace_id: workspaceId, date, user_ids: userIds.join(','), ...page },
        ...options,
      })
      return { data: answer.data.users, pagination: answer.pagination }
    },
    REPORT_MAX_PER_PAGE,
  )
}

/** current-data: null when nothing visible runs (nobody tracking, or the desktop app). */
export async function currentTracker(workspaceId: number, userId: number, options: Options = {}) {
  const envelope = await api.get(timeTrackingPaths.current, {
    schema: currentTrackerEnvelopeSchema,
    params: { workspace_id: workspaceId, user_id: userId },
    ...options,
  })
  return envelope.data
}

/** Clock in. Done when the envelope says `success: true`; `data` is the echo when it reads, else null. */
export async function startTracking(workspaceId: number, input: StartTrackingInput) {
  const envelope = await api.post(timeTrackingPaths.start, { schema: trackingStartedEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })
  return envelope.data
}

/** Clock out, judged by the envelope alone (seeds/001 answers `{message, stopped_at}`). */
export async function stopTracking(workspaceId: number, userId: number) {
  const envelope = await api.post(timeTrackingPaths.stop, { schema: trackingStoppedEnvelopeSchema, body: { workspace_id: workspaceId, user_id: userId } })
  return envelope.data
}

/** Every entry of one member's day (50 a page at most). */
export function dayEntries(workspaceId: number, userId: number, date: string, options: Options = {}) {
  return fetchAllPages(
    'GET /time-entries',
    (page) => api.get(timeEntriesPath, { schema: timeEntryListSchema, params: { workspace_id: workspaceId, user_id: userId, date, ...page }, ...options }),
    TIME_ENTRIES_MAX_PER_PAGE,
  )
}

/**
 * Add manual time. The answer's partial-save figures and message, when sent; the entry itself is
 * re-read with the day.
 */
export async function createEntry(workspaceId: number, input: CreateTimeEntryInput) {
  const envelope = await api.post(timeEntriesPath, { schema: createdTimeEntryEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })
  return { saved: envelope.data, message: envelope.message ?? undefined }
}

export async function updateEntry(workspaceId: number, id: string, input: UpdateTimeEntryInput) {
  await api.put(`${timeEntriesPath}/${encodeURIComponent(id)}`, { schema: timeEntryEnvelopeSchema, body: { workspace_id: workspaceId, ...input } })
}

export async function deleteEntry(workspaceId: number, id: string) {
  await api.delete(`${timeEntriesPath}/${encodeURIComponent(id)}`, { schema: deletedTimeEntryEnvelopeSchema, body: { workspace_id: workspaceId } })
}
