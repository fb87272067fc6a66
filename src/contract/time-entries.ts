import { z } from 'zod'
import { listEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { dateField, idField, optionalText, queryIdField, requiredOf } from './fields'
import { paginationQuerySchema } from './pagination'
import { openEnum, optional, wireDate, wireId, wireInt, wireStringId, wireTimestamp } from './wire'

// Time entries: recorded stretches of time, listed per user and per day (variant B). Clock times
// in bodies are `HH:mm` on the member's own clock; instants in answers are ISO-8601 UTC.

export const timeEntriesPath = '/time-entries'
/** At most 50 per page here, not 100. */
export const TIME_ENTRIES_MAX_PER_PAGE = 50

/** The documented `method` values; read with `openEnum`, so a new kind is shown as sent. */
export const timeEntryMethods = [
  'Desktop tracker',
  'Mobile tracker',
  'Manually added time',
  'Extension tracker',
  'Web tracker',
  'Idle time',
  'Paid leave',
  'Break',
  'Paid holiday',
] as const

/**
 * A recorded stretch of time (endpoints.md, `GET /time-entries`). `id`, `user_id`, `date` and
 * `start_time` are read strictly; the rest may be missing or null (unknown, or none). A missing
 * `duration_minutes` is counted from start and end when both are known.
 */
export const timeEntrySchema = z
  .object({
    /** "Encrypted UUID" in the docs: an opaque string. */
    id: wireStringId,
    user_id: wireId,
    contract_id: optional(wireId),
    project_id: optional(wireId),
    project_name: optional(z.string()),
    task_id: optional(wireId),
    task_title: optional(z.string()),
    activity_description: optional(z.string()),
    /** One of `timeEntryMethods`, or a kind we do not know yet, shown as sent. */
    method: optional(openEnum(timeEntryMethods)),
    /** The member's local day. */
    date: wireDate,
    start_time: wireTimestamp,
    /** None while the tracker still runs. */
    end_time: optional(wireTimestamp),
    duration_minutes: optional(wireInt.pipe(z.number().nonnegative())),
  })
  .transform((entry) => ({ ...entry, duration_minutes: entry.duration_minutes ?? spanMinutes(entry.start_time, entry.end_time) }))
export type TimeEntry = z.output<typeof timeEntrySchema>
export type TimeEntryWire = z.input<typeof timeEntrySchema>

function spanMinutes(start: string, end: string | undefined): number | undefined {
  return end === undefined ? undefined : Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000))
}

/** `user_id` and `date` are both required: one member, one day per request. */
export const timeEntryFiltersSchema = z.object({
  user_id: queryIdField('user id'),
  date: dateField('date'),
  project_id: queryIdField('project id').optional(),
  task_id: queryIdField('task id').optional(),
})
export const timeEntryListQuerySchema = paginationQuerySchema(TIME_ENTRIES_MAX_PER_PAGE).extend(timeEntryFiltersSchema.shape)
export type TimeEntryListQuery = z.input<typeof timeEntryListQuerySchema>

const clockTime = (field: string) =>
  z.string(requiredOf(field, 'a time')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `The ${field} must be a time in the format HH:mm.`)

const endAfterStart = {
  path: ['end_time'],
  message: 'The end time must be a time after start time.',
}

/** `notes` (the docs' create field) and `activity_description` (their edit field) both name the entry's description. */
const textFields = {
  notes: optionalText('notes', 1000),
  activity_description: optionalText('activity description', 1000),
}

export const createTimeEntryInputSchema = z
  .object({
    user_id: idField('user id'),
    contract_id: idField('contract id').nullable().optional(),
    task_id: idField('task id').nullable().optional(),
    date: dateField('date'),
    start_time: clockTime('start time'),
    end_time: clockTime('end time'),
    ...textFields,
  })
  .refine((input) => input.end_time > input.start_time, endAfterStart)
  .refine((input) => !input.task_id || input.contract_id, { path: ['task_id'], message: 'The task id field requires a contract id.' })
export type CreateTimeEntryInput = z.input<typeof createTimeEntryInputSchema>

/** Every field is optional; one of start/end alone keeps the other. */
export const updateTimeEntryInputSchema = z
  .object({
    contract_id: idField('contract id').nullable().optional(),
    task_id: idField('task id').nullable().optional(),
    date: dateField('date').optional(),
    start_time: clockTime('start time').optional(),
    end_time: clockTime('end time').optional(),
    ...textFields,
  })
  .refine((input) => !input.start_time || !input.end_time || input.end_time > input.start_time, endAfterStart)
export type UpdateTimeEntryInput = z.input<typeof updateTimeEntryInputSchema>

/**
 * What a manual entry's answer may say beyond `success`: the docs captured no fields ("includes a
 * number, possibly minutes saved"). The sandbox adds `requested_minutes` and `saved_minutes`: less
 * saved than asked when a weekly limit cut it short (the docs' "partial save"; the message then
 * says so). Both are optional: shown only when sent. The entry itself is re-read, not taken from
 * the echo.
 */
export const createdTimeEntrySchema = z.object({
  id: optional(wireStringId),
  requested_minutes: optional(wireInt.pipe(z.number().nonnegative())),
  saved_minutes: optional(wireInt.pipe(z.number().nonnegative())),
})
export type CreatedTimeEntry = z.output<typeof createdTimeEntrySchema>
export type CreatedTimeEntryWire = z.input<typeof createdTimeEntrySchema>

export const timeEntryListSchema = listEnvelopeSchema(timeEntrySchema)
/** Writes: `success: true` means applied, whatever `data` holds (the docs show none for update and delete). */
export const timeEntryEnvelopeSchema = writeEnvelopeSchema(timeEntrySchema)
export const createdTimeEntryEnvelopeSchema = writeEnvelopeSchema(createdTimeEntrySchema)
export const deletedTimeEntryEnvelopeSchema = writeEnvelopeSchema(z.null())
