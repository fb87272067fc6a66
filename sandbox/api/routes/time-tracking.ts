import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import {
  currentTrackerQuerySchema,
  startTrackingInputSchema,
  stopTrackingInputSchema,
  timeTrackingMessages,
  type CurrentTrackerWire,
  type TrackingStartedWire,
} from '../../../src/contract/time-tracking'
import type { ApiEnv, SandboxContext } from '../../context'
import { isVisibleToCurrentData, runningTrackerOf, spanSeconds, startTracker, stopTracker, trackingInstant } from '../../live/trackers'
import type { RunningTrackerRecord } from '../../store/types'
import { success } from '../envelope'
import { ApiError } from '../errors'
import { fullName, localDate, userById } from '../people'
import { contractOf, memberOf, taskOf } from '../time-rules'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

/** The documented refusals: already tracking, or nothing to stop (422 on `user_id`). */
const refusal = (message: string, error: string) => new ApiError(422, message, { error, errors: { user_id: [message] } })

export function timeTrackingRoutes(ctx: SandboxContext) {
  const { store, clock } = ctx

  /** One tracker per user across workspaces, but a workspace only sees and stops its own. */
  const trackerIn = (scope: WorkspaceScope, userId: number): RunningTrackerRecord | undefined => {
    const tracker = runningTrackerOf(store, userId)
    return tracker?.workspaceId === scope.workspace.id ? tracker : undefined
  }

  return new Hono<ApiEnv>()
    .post('/start', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(startTrackingInputSchema, c.var.body)
      memberOf(ctx, scope, input.user_id, true)
      const contract = input.contract_id ? contractOf(ctx, scope, input.user_id, input.contract_id, true) : undefined
      const task = contract && input.task_id ? taskOf(ctx, contract, input.task_id) : undefined
      if (runningTrackerOf(store, input.user_id)) throw refusal(timeTrackingMessages.alreadyTracking, 'Already tracking')
      const tracker: RunningTrackerRecord = {
        id: randomUUID(),
        workspaceId: scope.workspace.id,
        userId: input.user_id,
        contractId: contract?.id ?? null,
        projectId: contract?.projectId ?? null,
        taskId: task?.id ?? null,
        description: input.activity_description?.trim() || null,
        startedAt: clock.now().toISOString(),
        method: 'api',
        stopsAt: null,
      }
      startTracker(ctx, tracker)
      const user = userById(store, tracker.userId)
      const project = contract && store.data.projects.find((p) => p.id === contract.projectId)
      const data: TrackingStartedWire = {
        message: timeTrackingMessages.started,
        start_time: trackingInstant(tracker.startedAt),
        user_id: user.id,
        user_name: fullName(user),
        user_email: user.email,
        contract_id: tracker.contractId,
        project_id: tracker.projectId,
        project_name: project?.name ?? null,
        task_id: tracker.taskId,
        activity_description: tracker.description,
      }
      return success(c, data, { message: timeTrackingMessages.started })
    })
    .post('/stop', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(stopTrackingInputSchema, c.var.body)
      memberOf(ctx, scope, input.user_id)
      // Any method stops, the desktop app's included: current-data cannot see those, but they run.
      const tracker = trackerIn(scope, input.user_id)
      if (!tracker) throw refusal(timeTrackingMessages.notTracking, 'Not tracking')
      const now = clock.now()
      stopTracker(ctx, tracker, now)
      return success(c, { message: timeTrackingMessages.stopped, stopped_at: trackingInstant(now) }, { message: timeTrackingMessages.stopped })
    })
    .get('/current-data', (c) => {
      const scope = workspaceScope(ctx, c)
      const { user_id } = parseInput(currentTrackerQuerySchema, c.req.query())
      memberOf(ctx, scope, user_id)
      const tracker = trackerIn(scope, user_id)
      if (!tracker || !isVisibleToCurrentData(tracker)) return success(c, null, { message: timeTrackingMessages.noTracker })
      const now = clock.now()
      const date = localDate(now, userById(store, user_id).timezone)
      // The day's finished time, counted only up to "now" (a frozen clock may sit inside the day).
      let finished = 0
      for (const span of store.spansOf(user_id)) {
        if (span.workspaceId !== scope.workspace.id || span.date !== date || Date.parse(span.start) >= now.getTime()) continue
        finished += spanSeconds({ start: span.start, end: new Date(Math.min(Date.parse(span.end), now.getTime())).toISOString() })
      }
      const running = spanSeconds({ start: tracker.startedAt, end: now.toISOString() })
      const task = tracker.taskId === null ? undefined : store.data.tasks.find((t) => t.id === tracker.taskId)
      const data: CurrentTrackerWire = {
        contract_id: tracker.contractId,
        user_id,
        activity_description: tracker.description,
        task_id: tracker.taskId,
        task_title: task?.title ?? null,
        total_seconds: running % 60,
        total_minutes: Math.floor(finished / 60) + Math.floor(running / 60),
        date,
      }
      return success(c, data, { message: timeTrackingMessages.current })
    })
}
