import { z } from 'zod'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'
import { dateField, idField, optionalText, queryIdField, requiredOf } from './fields'
import { paginationQuerySchema } from './pagination'

// Time entries: recorded stretches of time, listed per user and per day (variant B). Clock times
// in bodies are `HH:mm` on the member's own clock; instants in answers are ISO-8601 UTC.

export const timeEntriesPath = '/time-entries'
/** At most 50 per page here, not 100. */
export const TIME_ENTRIES_MAX_PER_PAGE = 50

/** The documented `method` values; kept open (a string) so a new kind does not break parsing. */
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

export const timeEntrySchema = z.object({
  /** "Encrypted UUID" in the docs: an opaque string. */
  id: z.string(),
  user_id: z.number().int(),
  contract_id: z.number().int().nullable(),
  project_id: z.number().int().nullable(),
  project_name: z.string().nullable(),
  task_id: z.number().int().nullable(),
  task_title: z.string().nullable(),
  activity_description: z.string().nullable(),
  method: z.string(),
  /** The member's local day. */
  date: z.string(),
  start_time: z.string(),
  end_time: z.string().nullable(),
  duration_minutes: z.number().int().min(0),
})
export type TimeEntry = z.infer<typeof timeEntrySchema>

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
 * A created entry also says how much of the asked time was saved: less than asked when the
 * contract's or the member's weekly limit cut it short (the docs' "partial save"; the message
 * then says so).
 */
export const createdTimeEntrySchema = timeEntrySchema.extend({
  requested_minutes: z.number().int().min(0),
  saved_minutes: z.number().int().min(0),
})
export type CreatedTimeEntry = z.infer<typeof createdTimeEntrySchema>

export const timeEntryListSchema = listEnvelopeSchema(timeEntrySchema)
export const timeEntryEnvelopeSchema = successEnvelopeSchema(timeEntrySchema)
export const createdTimeEntryEnvelopeSchema = successEnvelopeSchema(createdTimeEntrySchema)
export const deletedTimeEntryEnvelopeSchema = successEnvelopeSchema(z.null())
