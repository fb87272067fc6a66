import { z } from 'zod'
import { successEnvelopeSchema } from './envelope'
import { idField, optionalText, queryIdField } from './fields'

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

/** `2024-01-15T10:30:00+00:00`: ISO-8601 with an offset. */
const instantSchema = z.string().min(1)

/** seeds/001's example plus the fields endpoints.md lists (user and project names). */
export const trackingStartedSchema = z.object({
  message: z.string(),
  start_time: instantSchema,
  user_id: z.number().int(),
  user_name: z.string(),
  user_email: z.string(),
  contract_id: z.number().int().nullable(),
  project_id: z.number().int().nullable(),
  project_name: z.string().nullable(),
  task_id: z.number().int().nullable(),
  activity_description: z.string().nullable(),
})
export type TrackingStarted = z.infer<typeof trackingStartedSchema>

export const trackingStoppedSchema = z.object({ message: z.string(), stopped_at: instantSchema })
export type TrackingStopped = z.infer<typeof trackingStoppedSchema>

/**
 * A running tracker as current-data reports it. `total_minutes` = the day's finished minutes plus
 * the running tracker's whole minutes; `total_seconds` = the running tracker's leftover seconds;
 * `date` = the member's local day.
 */
export const currentTrackerSchema = z.object({
  contract_id: z.number().int().nullable(),
  user_id: z.number().int(),
  activity_description: z.string().nullable(),
  task_id: z.number().int().nullable(),
  task_title: z.string().nullable(),
  total_seconds: z.number().int().min(0).max(59),
  total_minutes: z.number().int().min(0),
  date: z.string(),
})
export type CurrentTracker = z.infer<typeof currentTrackerSchema>

export const trackingStartedEnvelopeSchema = successEnvelopeSchema(trackingStartedSchema)
export const trackingStoppedEnvelopeSchema = successEnvelopeSchema(trackingStoppedSchema)
/**
 * `data: null` (message `noTracker`) when nothing visible is running: no tracker, or one in the
 * desktop app, which the vendor's endpoint cannot see (assumed answer; the docs only say it "will
 * not retrieve current tracking information").
 */
export const currentTrackerEnvelopeSchema = successEnvelopeSchema(currentTrackerSchema.nullable())
