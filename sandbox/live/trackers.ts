// Running trackers: the state behind POST /time-tracking/start|stop and current-data, shared by
// the API routes and the live simulation so both follow the same rules.

import { localDate, userById } from '../api/people'
import type { SandboxContext } from '../context'
import { createRng } from '../seed/random'
import type { Store } from '../store/store'
import type { RunningTrackerRecord, TimeSpanRecord } from '../store/types'
import { onTrackerEvent } from './tracker-events'

export function runningTrackerOf(store: Store, userId: number): RunningTrackerRecord | undefined {
  return store.data.runningTrackers.find((t) => t.userId === userId)
}

/** Whether current-data can see it: the vendor's endpoint only sees API and browser trackers. */
export const isVisibleToCurrentData = (tracker: RunningTrackerRecord) => tracker.method !== 'desktop'

/** `2024-01-15T10:30:00+00:00`, the offset style of the tracking endpoints' instants. */
export const trackingInstant = (instant: Date | number | string) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, '+00:00')

/** Callers must have checked that the user has no running tracker (one per user). */
export function startTracker(ctx: SandboxContext, tracker: RunningTrackerRecord): void {
  ctx.store.data.runningTrackers.push(tracker)
  ctx.store.changed()
  onTrackerEvent(ctx, 'tracker.started', tracker)
}

/** Stop at `at`: the tracker becomes a time entry with its id (none when it ran for no time). */
export function stopTracker(ctx: SandboxContext, tracker: RunningTrackerRecord, at: Date): TimeSpanRecord | undefined {
  const { store } = ctx
  store.data.runningTrackers = store.data.runningTrackers.filter((t) => t !== tracker)
  const span = Date.parse(tracker.startedAt) < at.getTime() ? trackerToSpan(store, tracker, at.getTime()) : undefined
  if (span) {
    store.data.timeSpans.push(span)
    store.spansChanged()
  } else store.changed()
  onTrackerEvent(ctx, 'tracker.stopped', tracker, span)
  return span
}

/**
 * The time entry a tracker leaves when it ends at `endMs`. Its day is the member's local day at
 * the start, as the seed counts days. Browser and desktop trackers measure activity (drawn from
 * the id, so the same session always shows the same level); API trackers measure none.
 */
export function trackerToSpan(store: Store, tracker: RunningTrackerRecord, endMs: number): TimeSpanRecord {
  const member = userById(store, tracker.userId)
  return {
    id: tracker.id,
    workspaceId: tracker.workspaceId,
    userId: tracker.userId,
    contractId: tracker.contractId,
    projectId: tracker.projectId,
    taskId: tracker.taskId,
    start: tracker.startedAt,
    end: new Date(endMs).toISOString(),
    date: localDate(new Date(tracker.startedAt), member.timezone),
    activity: tracker.method === 'api' ? 0 : createRng(`activity/${tracker.id}`).int(35, 90),
    description: tracker.description,
    method: tracker.method,
  }
}

/**
 * The member's running tracker in `workspaceId` as an open time entry ending at `now`; none when
 * they are not tracking there (or it starts later, which only a hand-edited file could hold).
 */
export function openEntryOf(store: Store, userId: number, workspaceId: number, now: number): TimeSpanRecord | undefined {
  const tracker = runningTrackerOf(store, userId)
  if (!tracker || tracker.workspaceId !== workspaceId || Date.parse(tracker.startedAt) >= now) return undefined
  return trackerToSpan(store, tracker, now)
}

/** Seconds of `span`, for totals that must add up to the second before rounding to minutes. */
export const spanSeconds = (span: Pick<TimeSpanRecord, 'start' | 'end'>) => Math.max(0, Math.floor((Date.parse(span.end) - Date.parse(span.start)) / 1000))
