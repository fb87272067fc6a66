import type { SandboxContext } from '../context'
import type { RunningTrackerRecord, TimeSpanRecord } from '../store/types'
import { emitWebhookEvent } from '../webhooks/events'

export type TrackerEvent = 'tracker.started' | 'tracker.stopped'

/**
 * The one place where every tracker start and stop is announced: through the API
 * (`POST /time-tracking/start|stop`) and by the live simulation, desktop trackers included (the
 * vendor's README recommends these webhooks precisely because current-data cannot see those).
 * `span` is the time entry a stop produced (absent when the tracker ran for no time). The payload
 * shape is assumed (the vendor's was not captured).
 */
export function onTrackerEvent(ctx: SandboxContext, event: TrackerEvent, tracker: RunningTrackerRecord, span?: TimeSpanRecord): void {
  emitWebhookEvent(ctx, tracker.workspaceId, event, {
    user_id: tracker.userId,
    contract_id: tracker.contractId,
    project_id: tracker.projectId,
    task_id: tracker.taskId,
    activity_description: tracker.description,
    tracking_method: tracker.method,
    started_at: tracker.startedAt,
    ...(event === 'tracker.stopped' ? { stopped_at: span?.end ?? tracker.startedAt, time_entry_id: span?.id ?? null } : {}),
  })
}
