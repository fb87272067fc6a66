import { z } from 'zod'
import { successEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { idField, optionalText, queryIdField } from './fields'
import { optional, wireDate, wireId, wireInt, wireTimestamp } from './wire'

// Remote clock-in/clock-out and the live view of one member's tracker (seeds/001, variant B).
// Owners and Executive managers act for any member of their workspace; `workspace_id` travels
// in the body (start, stop) or the query (current-data).

export const timeTrackingPaths = {
  start: '/time-tracking/start',
  stop: '/time-tracking/stop',
  current: '/time-tracking/current-data',
} as const

/** Messages the sandbox answers with; the refusals are 422s on `user_id` (assumed wording). */
export const timeTrackingMessages = {
  started: 'Time tracking started successfully',
  stopped: 'Time tracking stopped successfully',
  current: 'Current tracker data retrieved successfully',
  /** current-data for someone not tracking, or tracking in the desktop app (invisible to it). */
  noTracker: 'No running tracker found for this user.',
  alreadyTracking: 'The user is already tracking time. Stop the current tracker before starting a new one.',
  notTracking: 'The user has no running tracker to stop.',
} as const

export const startTrackingInputSchema = z
  .object({
    user_id: idField('user id'),
    /** Without it the time is tracked with no project. */
    contract_id: idField('contract id').nullable().optional(),
    /** Only together with `contract_id`; the task must be in the contract's project. */
    task_id: idField('task id').nullable().optional(),
    activity_description: optionalText('activity description', 1000),
  })
  .refine((input) => !input.task_id || input.contract_id, {
    path: ['task_id'],
    message: 'The task id field requires a contract id.',
  })
export type StartTrackingInput = z.input<typeof startTrackingInputSchema>

export const stopTrackingInputSchema = z.object({ user_id: idField('user id') })
export type StopTrackingInput = z.input<typeof stopTrackingInputSchema>

export const currentTrackerQuerySchema = z.object({ user_id: queryIdField('user id') })

/**
 * A clock-in's answer. seeds/001 shows `{message, start_time, contract_id, project_id, task_id,
 * activity_description}`; endpoints.md adds `user_id`, `user_name`, `user_email`, `project_name`.
 * Every field is optional: the write is judged by `success`, and the board re-reads current-data.
 */
export const trackingStartedSchema = z.object({
  message: optional(z.string()),
  start_time: optional(wireTimestamp),
  user_id: optional(wireId),
  user_name: optional(z.string()),
  user_email: optional(z.string()),
  contract_id: optional(wireId),
  project_id: optional(wireId),
  project_name: optional(z.string()),
  task_id: optional(wireId),
  activity_description: optional(z.string()),
})
export type TrackingStarted = z.output<typeof trackingStartedSchema>
export type TrackingStartedWire = z.input<typeof trackingStartedSchema>

/** seeds/001's stop answer: `{message, stopped_at}`. */
export const trackingStoppedSchema = z.object({ message: optional(z.string()), stopped_at: optional(wireTimestamp) })
export type TrackingStopped = z.output<typeof trackingStoppedSchema>

/**
 * A running tracker as current-data reports it. `total_minutes` = the day's finished minutes plus
 * the running tracker's whole minutes; `total_seconds` = the running tracker's leftover seconds;
 * `date` = the member's local day. Each field may be missing or null (unknown); ids, minutes and
 * the date are still read strictly when present.
 */
export const currentTrackerSchema = z.object({
  contract_id: optional(wireId),
  user_id: optional(wireId),
  activity_description: optional(z.string()),
  task_id: optional(wireId),
  task_title: optional(z.string()),
  total_seconds: optional(wireInt.pipe(z.number().nonnegative())),
  total_minutes: optional(wireInt.pipe(z.number().nonnegative())),
  date: optional(wireDate),
})
export type CurrentTracker = z.output<typeof currentTrackerSchema>
export type CurrentTrackerWire = z.input<typeof currentTrackerSchema>

/** Both answers are writes: `success: true` means it happened, whatever `data` holds. */
export const trackingStartedEnvelopeSchema = writeEnvelopeSchema(trackingStartedSchema)
export const trackingStoppedEnvelopeSchema = writeEnvelopeSchema(trackingStoppedSchema)

/**
 * `data: null` (message `noTracker`) when nothing visible is running: no tracker, or one in the
 * desktop app, which the vendor's endpoint cannot see (assumed answer; the docs only say it "will
 * not retrieve current tracking information"). Assumed: no `data`, or `[]` (how PHP writes an
 * empty array), say the same.
 */
export const currentTrackerEnvelopeSchema = successEnvelopeSchema(
  z.preprocess((raw) => (raw === undefined || (Array.isArray(raw) && raw.length === 0) ? null : raw), currentTrackerSchema.nullable()),
)
