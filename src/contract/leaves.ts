import { z } from 'zod'
import { timestampSchema } from './common'
import { listEnvelopeSchema, metaSchema, successEnvelopeSchema } from './envelope'

// Leave requests, balances and policies (endpoints.md "Leaves"). The list, create and balances
// shapes are documented; approve, reject and the policies list were only named by the vendor, so
// their paths, bodies and answers are assumed and marked so.

/**
 * Every leave path in one place, relative to the API base. Approve, reject and policies are
 * ASSUMED (the vendor's pages name them without a path; legacy v1 used `PUT /leaves/approve/{id}`):
 * if the real API differs, change the line here and both the app and the sandbox follow.
 * The sandbox mounts these under `/leaves`, so keep them below that prefix.
 */
export const leavePaths = {
  list: { method: 'GET', path: '/leaves' },
  create: { method: 'POST', path: '/leaves' },
  balances: { method: 'GET', path: '/leaves/balances' },
  policies: { method: 'GET', path: '/leaves/policies' },
  approve: { method: 'POST', path: '/leaves/:id/approve' },
  reject: { method: 'POST', path: '/leaves/:id/reject' },
} as const

/** A path of `leavePaths` with its `:id` filled in. */
export const leavePath = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))

export const leaveStatusSchema = z.enum(['pending', 'approved', 'rejected'])
export type LeaveStatus = z.infer<typeof leaveStatusSchema>

/** Paid or not, as the vendor spells it (`yes`/`no`, not a boolean). */
export const yesNoSchema = z.enum(['yes', 'no'])

const dateSchema = (field: string) =>
  z.string(`The ${field} field is required.`).regex(/^\d{4}-\d{2}-\d{2}$/, `The ${field} must be a date in the format YYYY-MM-DD.`)
const clockSchema = (field: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `The ${field} must match the format HH:mm.`)

export const leaveRequestSchema = z.object({
  id: z.string(),
  user_id: z.number().int().nullable(),
  /** Assumed (not in the documented list, but needed to show the leave type). */
  policy_id: z.number().int().nullable().optional(),
  policy_name: z.string().nullable().optional(),
  status: leaveStatusSchema,
  note: z.string().nullable(),
  is_paid: yesNoSchema,
  created_by: z.number().int().nullable(),
  approved_by: z.number().int().nullable(),
  rejected_by: z.number().int().nullable(),
  reject_reason: z.string().nullable(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  /** Assumed: part-day leave as `HH:mm`, null for whole days. */
  start_time: z.string().nullable().optional(),
  end_time: z.string().nullable().optional(),
  /** Legacy v1 field, unconfirmed for V2; the sandbox sends an ISO timestamp (assumed). */
  created_on: timestampSchema.nullable().optional(),
  /** Legacy v1 `{days, hours}`, unconfirmed for V2: weekdays off and their hours (8 per day, assumed). */
  total: z.object({ days: z.number(), hours: z.number() }).optional(),
})
export type LeaveRequest = z.infer<typeof leaveRequestSchema>

export const leaveRequestListSchema = listEnvelopeSchema(leaveRequestSchema)
/** Approve and reject answer the updated request (assumed; timesheets answer `data: null`). */
export const leaveRequestEnvelopeSchema = successEnvelopeSchema(leaveRequestSchema)
/** `POST /leaves` answers 201 without a `data` member (documented, variant B). */
export const createLeaveEnvelopeSchema = z.object({ success: z.literal(true), message: z.string().optional(), meta: metaSchema })

export const leaveFiltersSchema = z.object({
  id: z.string().optional(),
  policy_id: z.coerce.number().int().positive().optional(),
  is_paid: yesNoSchema.optional(),
  status: leaveStatusSchema.optional(),
  /** A request matches when any of its days falls in the window (assumed). */
  date_from: dateSchema('date from').optional(),
  date_to: dateSchema('date to').optional(),
  user_id: z.coerce.number().int().positive().optional(),
})
export type LeaveFilters = z.infer<typeof leaveFiltersSchema>

export const createLeaveInputSchema = z
  .object({
    // workspace_id is read (query or body) and checked by the sandbox's workspace scope, as elsewhere.
    policy_id: z.number('The policy id field is required.').int().positive(),
    user_id: z.number('The user id field is required.').int().positive(),
    start: dateSchema('start'),
    end: dateSchema('end'),
    start_time: clockSchema('start time').optional(),
    end_time: clockSchema('end time').optional(),
    /** Accepted for hour-based policies; the sandbox's policies are day-based, so it is not stored. */
    hours_per_day: z.number().positive().max(24).optional(),
    /** 0 full day, 1 first half (09:00–13:00), 2 second half (13:00–17:00): the halves are assumed. */
    leave_period: z.union([z.literal(0), z.literal(1), z.literal(2)], 'The selected leave period is invalid.').optional(),
    reason: z.string().max(1000, 'The reason may not be greater than 1000 characters.').nullable().optional(),
  })
  .refine((r) => r.end >= r.start, { path: ['end'], message: 'The end must be a date after or equal to start.' })
  .refine((r) => (r.start_time === undefined) === (r.end_time === undefined), {
    path: ['end_time'],
    message: 'The start time and end time must be given together.',
  })
  .refine((r) => !r.start_time || !r.end_time || r.end_time > r.start_time, { path: ['end_time'], message: 'The end time must be after start time.' })
export type CreateLeaveInput = z.infer<typeof createLeaveInputSchema>

export const rejectLeaveInputSchema = z.object({
  reason: z.string('The reason field is required.').trim().min(1, 'The reason field is required.').max(1000, 'The reason may not be greater than 1000 characters.'),
})
export type RejectLeaveInput = z.infer<typeof rejectLeaveInputSchema>

export const leaveBalanceItemSchema = z.object({
  leave_type: z.string(),
  /** Text, e.g. `10 days` or `2.5 days`: parse it with `parseLeaveDays`. */
  balance: z.string(),
  /** Assumed extra, to match a balance to a request's policy without comparing names. */
  policy_id: z.number().int().optional(),
})
export const leaveBalanceSchema = z.object({
  user_id: z.number().int(),
  user_name: z.string(),
  leave_information: z.array(leaveBalanceItemSchema),
  /** Only when the workspace counts one total balance; per-policy workspaces send null. */
  total_balance: z.string().nullable(),
})
export type LeaveBalance = z.infer<typeof leaveBalanceSchema>
export const leaveBalanceListSchema = listEnvelopeSchema(leaveBalanceSchema)

/** `date_from` and `date_to` are required (documented); only `page` pages (20 rows, assumed). */
export const leaveBalanceQuerySchema = z
  .object({
    date_from: dateSchema('date from'),
    date_to: dateSchema('date to'),
    user_id: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => q.date_from <= q.date_to, { path: ['date_to'], message: 'The date to must be a date after or equal to date from.' })

/** `10 days`, `1 day`, `-0.5 days` -> a number of days; null when the text is not understood. */
export function parseLeaveDays(text: string | null | undefined): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*days?\s*$/i.exec(text ?? '')
  return match ? Number(match[1]) : null
}

/** The text the sandbox writes for a number of days (`1 day`, `2.5 days`). */
export const formatLeaveDays = (days: number) => `${Math.round(days * 100) / 100} ${days === 1 ? 'day' : 'days'}`

/** Policy shape assumed (the vendor's page was not captured). */
export const leavePolicySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  is_paid: yesNoSchema,
  /** Days granted per calendar year. */
  days_per_year: z.number(),
  /** The docs say a policy is day-based or hour-based; the sandbox's are all day-based. */
  unit: z.enum(['days', 'hours']),
})
export type LeavePolicy = z.infer<typeof leavePolicySchema>
export const leavePolicyListSchema = listEnvelopeSchema(leavePolicySchema)
