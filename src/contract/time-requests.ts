import { z } from 'zod'
import { dateField } from './fields'
import { successEnvelopeSchema, writeEnvelopeSchema, listEnvelopeSchema } from './envelope'
import { openEnum, optional, wireId, wireStringId, wireTimestamp } from './wire'

// Manual time requests (endpoints.md "Time Requests"): UUIDs in variant A, opaque ids in B; any
// field but the id and status may be null or missing, which the model reads as unknown.

export const timeRequestStatusValues = ['pending', 'approved', 'rejected'] as const
export type TimeRequestStatus = (typeof timeRequestStatusValues)[number] | (string & {})
/** A status as the vendor writes it; an unknown one is kept and shown raw. */
export const timeRequestStatusSchema = openEnum(timeRequestStatusValues)

export const timeRequestSchema = z
  .object({
    id: wireStringId,
    user_id: optional(wireId),
    contract_id: optional(wireId),
    project_id: optional(wireId),
    task_id: optional(wireId),
    start: optional(wireTimestamp),
    end: optional(wireTimestamp),
    status: timeRequestStatusSchema,
    notes: optional(z.string()),
    /** Assumed: variant B names the text `activity_description` on create, so it may answer so too. */
    activity_description: optional(z.string()),
    /** The reviewer's comment; set on rejection. */
    comment: optional(z.string()),
    updated_by: optional(wireId),
    created_at: optional(wireTimestamp),
    updated_at: optional(wireTimestamp),
  })
  .transform(({ activity_description, ...r }) => ({ ...r, notes: r.notes ?? activity_description }))
export type TimeRequest = z.output<typeof timeRequestSchema>
export type TimeRequestWire = z.input<typeof timeRequestSchema>

/** Variant B's generic example answers the list with one object as `data`: a list of one. */
export const timeRequestListSchema = listEnvelopeSchema(timeRequestSchema)
/** `GET /time-requests/{id}`. */
export const timeRequestEnvelopeSchema = successEnvelopeSchema(timeRequestSchema)
/**
 * Create, approve and reject, judged by `success` alone: a create echoes the request, approve and
 * reject answer `{ success, message }` only (endpoints.md). Callers re-read what changed.
 */
export const timeRequestWriteEnvelopeSchema = writeEnvelopeSchema(timeRequestSchema)

/** `date_from` and `date_to` are required (variant B and the connector catalogue). */
export const timeRequestFiltersSchema = z
  .object({
    date_from: dateField('date from'),
    date_to: dateField('date to'),
    status: z.enum(timeRequestStatusValues).optional(),
    user_id: z.coerce.number().int().positive().optional(),
    project_id: z.coerce.number().int().positive().optional(),
    id: z.string().optional(),
  })
  .refine((f) => f.date_from <= f.date_to, { path: ['date_to'], message: 'The date to must be a date after or equal to date from.' })
export type TimeRequestFilters = z.infer<typeof timeRequestFiltersSchema>

const isoInstant = (field: string) =>
  z.string(`The ${field} field is required.`).refine((s) => !Number.isNaN(Date.parse(s)) && /T/.test(s), `The ${field} must be an ISO-8601 date-time.`)

export const createTimeRequestInputSchema = z
  .object({
    user_id: z.number(`The user id field is required.`).int().positive(),
    contract_id: z.number().int().positive().nullable().optional(),
    task_id: z.number().int().positive().nullable().optional(),
    start: isoInstant('start'),
    end: isoInstant('end'),
    /** Variant A's name; variant B calls it `activity_description`. Both are accepted. */
    notes: z.string().max(1000).nullable().optional(),
    activity_description: z.string().max(1000).nullable().optional(),
  })
  .refine((r) => Date.parse(r.end) > Date.parse(r.start), { path: ['end'], message: 'The end must be a date after start.' })
  .refine((r) => Date.parse(r.end) - Date.parse(r.start) <= 24 * 3_600_000, {
    path: ['end'],
    message: 'A time request may not span more than 24 hours.',
  })
  .refine((r) => !r.task_id || r.contract_id, { path: ['task_id'], message: 'A task needs a contract.' })
export type CreateTimeRequestInput = z.infer<typeof createTimeRequestInputSchema>

export const rejectTimeRequestInputSchema = z.object({
  comment: z
    .string('The comment field is required.')
    .trim()
    .min(1, 'The comment field is required.')
    .max(1000, 'The comment may not be greater than 1000 characters.'),
})
export type RejectTimeRequestInput = z.infer<typeof rejectTimeRequestInputSchema>
