import { z } from 'zod'
import { isoDateSchema, timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'

// Timesheets follow seeds/000 (the vendor's variant B pages): opaque string ids, `pending` for
// the not-yet-submitted state, `total_minutes` and a `daily_breakdown`.

/** Variant A and the legacy API say `open` for what variant B calls `pending`; accept both. */
export const timesheetStatusSchema = z.enum(['pending', 'open', 'submitted', 'approved', 'rejected'])
export type TimesheetStatus = z.infer<typeof timesheetStatusSchema>

export const dailyProjectEntrySchema = z.object({
  project_id: z.number().int().nullable(),
  project_name: z.string().nullable(),
  contract_id: z.number().int().nullable(),
  total_minutes: z.number().int(),
  /** Only for callers who may see rates. */
  total_amount: z.number().optional(),
})

/** Assumed shape: the docs name a `member` field without showing it. */
export const timesheetMemberSchema = z.object({
  id: z.number().int(),
  firstname: z.string(),
  lastname: z.string(),
  email: z.string(),
})

export const timesheetSchema = z.object({
  id: z.string(),
  user_id: z.number().int(),
  member: timesheetMemberSchema,
  date_from: isoDateSchema,
  date_to: isoDateSchema,
  total_minutes: z.number().int(),
  submitted_on: timestampSchema.nullable(),
  reject_reason: z.string().nullable(),
  status: timesheetStatusSchema,
  /** Date → one entry per project (contract) tracked that day. */
  daily_breakdown: z.record(isoDateSchema, z.array(dailyProjectEntrySchema)),
  /** Only for callers who may see rates: absent is unknown, not zero. */
  total_amount: z.number().optional(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
})
export type Timesheet = z.infer<typeof timesheetSchema>

export const timesheetListSchema = listEnvelopeSchema(timesheetSchema)

export const timesheetFiltersSchema = z.object({
  id: z.string().optional(),
  status: timesheetStatusSchema.optional(),
  date_from: isoDateSchema.optional(),
  date_to: isoDateSchema.optional(),
  user_id: z.coerce.number().int().positive().optional(),
  order_by: z.enum(['asc', 'desc']).optional(),
})
export type TimesheetFilters = z.infer<typeof timesheetFiltersSchema>

export const rejectTimesheetInputSchema = z.object({
  reason: z
    .string('The reason field is required.')
    .trim()
    .min(1, 'The reason field is required.')
    .max(1000, 'The reason may not be greater than 1000 characters.'),
})
export type RejectTimesheetInput = z.infer<typeof rejectTimesheetInputSchema>

/** What approve, reject, submit and unsubmit answer in `data` (seeds/000). */
export const timesheetActionResultSchema = z.object({
  id: z.string(),
  status: timesheetStatusSchema,
  user_id: z.number().int(),
  user_name: z.string(),
  user_email: z.string(),
  date_from: isoDateSchema,
  date_to: isoDateSchema,
})
export const timesheetActionEnvelopeSchema = successEnvelopeSchema(timesheetActionResultSchema)

export const timesheetActions = ['approve', 'reject', 'submit', 'unsubmit'] as const
export type TimesheetAction = (typeof timesheetActions)[number]
