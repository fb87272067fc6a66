import { z } from 'zod'
import { timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'

export const timeRequestStatusSchema = z.enum(['pending', 'approved', 'rejected'])
export type TimeRequestStatus = z.infer<typeof timeRequestStatusSchema>

export const timeRequestSchema = z.object({
  id: z.string(),
  user_id: z.number().int().nullable(),
  contract_id: z.number().int().nullable(),
  project_id: z.number().int().nullable(),
  task_id: z.number().int().nullable(),
  start: timestampSchema.nullable(),
  end: timestampSchema.nullable(),
  status: timeRequestStatusSchema,
  notes: z.string().nullable(),
  /** The reviewer's comment; set on rejection. */
  comment: z.string().nullable(),
  updated_by: z.number().int().nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
})
export type TimeRequest = z.infer<typeof timeRequestSchema>

export const timeRequestListSchema = listEnvelopeSchema(timeRequestSchema)
export const timeRequestEnvelopeSchema = successEnvelopeSchema(timeRequestSchema)

const requiredDate = (field: string) =>
  z.string(`The ${field} field is required.`).regex(/^\d{4}-\d{2}-\d{2}$/, `The ${field} must be a date in the format YYYY-MM-DD.`)

/** `date_from` and `date_to` are required (variant B and the connector catalogue). */
export const timeRequestFiltersSchema = z
  .object({
    date_from: requiredDate('date from'),
    date_to: requiredDate('date to'),
    status: timeRequestStatusSchema.optional(),
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

