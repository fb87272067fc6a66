import { z } from 'zod'
import { daysInclusive } from './calendar'
import { dateField } from './fields'
import { listEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { openEnum, optional, wireDate, wireFlag, wireId, wireNumber, wireStringId, wireText, wireTimestamp } from './wire'

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

export const leaveStatusValues = ['pending', 'approved', 'rejected'] as const
export type LeaveStatus = (typeof leaveStatusValues)[number] | (string & {})
/** A status as the vendor writes it; an unknown one is kept and shown raw. */
export const leaveStatusSchema = openEnum(leaveStatusValues)

/** Paid or not, as the vendor spells it (`yes`/`no`, not a boolean). */
export const yesNoSchema = z.enum(['yes', 'no'])
/** `yes`/`no` as documented; a PHP flag (`1`, `true`) is read as the same answer. */
const paidSchema = z.union([wireFlag.transform((paid) => (paid ? 'yes' : 'no')), openEnum(['yes', 'no'])])

const clockSchema = (field: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `The ${field} must match the format HH:mm.`)

/** Assumed for converting hours of leave to days where the UI computes (the sandbox's rule too). */
const LEAVE_HOURS_PER_DAY = 8

/**
 * An amount of leave as the vendor writes it, e.g. a balance: `10 days`, `1 day 4 hours`,
 * `-0.5 days`, `4 hours`. The text is kept to show; its days and hours are read into numbers
 * where the text has them (undefined when it has not, so an unread text is never 0).
 */
export interface LeaveAmount {
  text: string
  days?: number
  hours?: number
}

export function parseLeaveAmount(text: string): LeaveAmount {
  const part = (unit: string) => new RegExp(`(-?\\d+(?:\\.\\d+)?)\\s*(?:${unit})\\b`, 'i').exec(text)?.[1]
  const days = part('days?|d')
  const hours = part('hours?|hrs?|h')
  return { text, ...(days === undefined ? {} : { days: Number(days) }), ...(hours === undefined ? {} : { hours: Number(hours) }) }
}

/** The amount in days (hours at `LEAVE_HOURS_PER_DAY`), or undefined when its text was not understood. */
export function leaveAmountInDays(amount: LeaveAmount | undefined): number | undefined {
  if (!amount || (amount.days === undefined && amount.hours === undefined)) return undefined
  return (amount.days ?? 0) + (amount.hours ?? 0) / LEAVE_HOURS_PER_DAY
}

/** The text the sandbox writes for a number of days (`1 day`, `2.5 days`). */
export const formatLeaveDays = (days: number) => `${Math.round(days * 100) / 100} ${days === 1 ? 'day' : 'days'}`

/** A balance: text as documented; assumed, a bare number is a number of days. */
const leaveAmountSchema = z.union([
  z.string().transform(parseLeaveAmount),
  z.number().transform((days): LeaveAmount => ({ text: formatLeaveDays(days), days })),
])

export const leaveRequestSchema = z.object({
  id: wireStringId,
  user_id: optional(wireId),
  /** Assumed (not in the documented list, but needed to show the leave type). */
  policy_id: optional(wireId),
  policy_name: optional(z.string()),
  status: leaveStatusSchema,
  note: optional(z.string()),
  is_paid: optional(paidSchema),
  created_by: optional(wireId),
  approved_by: optional(wireId),
  rejected_by: optional(wireId),
  reject_reason: optional(z.string()),
  start_date: optional(wireDate),
  end_date: optional(wireDate),
  /** Assumed: part-day leave as `HH:mm`, null for whole days. */
  start_time: optional(z.string()),
  end_time: optional(z.string()),
  /** Legacy v1 field, unconfirmed for V2: a date or a timestamp. */
  created_on: optional(wireTimestamp),
  /**
   * Legacy v1 `{days, hours}`, unconfirmed for V2. The sandbox sends the length in days and the
   * same in hours (`{days: 2, hours: 16}`); the corpus' legacy example a half day as `{days: 0, hours: 4}`.
   */
  total: optional(z.object({ days: optional(wireNumber), hours: optional(wireNumber) })),
})
export type LeaveRequest = z.output<typeof leaveRequestSchema>
export type LeaveRequestWire = z.input<typeof leaveRequestSchema>

/** A leave's length in days: `days`, or its hours in days when it is shorter than one (assumed). */
export function leaveRequestDays(total: LeaveRequest['total']): number | undefined {
  if (!total) return undefined
  if (total.days) return total.days
  return total.hours === undefined ? total.days : total.hours / LEAVE_HOURS_PER_DAY
}

export const leaveRequestListSchema = listEnvelopeSchema(leaveRequestSchema)
/**
 * Approve and reject (assumed endpoints): judged by `success`; the sandbox echoes the request,
 * the vendor may answer anything, or 404 (then the capability is missing, see capabilities.ts).
 */
export const leaveRequestEnvelopeSchema = writeEnvelopeSchema(leaveRequestSchema)
/** `POST /leaves` answers 201 without a `data` member (documented, variant B). */
export const createLeaveEnvelopeSchema = writeEnvelopeSchema(leaveRequestSchema)

export const leaveFiltersSchema = z.object({
  id: z.string().optional(),
  policy_id: z.coerce.number().int().positive().optional(),
  is_paid: yesNoSchema.optional(),
  status: z.enum(leaveStatusValues).optional(),
  /** A request matches when any of its days falls in the window (assumed). */
  date_from: dateField('date from').optional(),
  date_to: dateField('date to').optional(),
  user_id: z.coerce.number().int().positive().optional(),
})
export type LeaveFilters = z.infer<typeof leaveFiltersSchema>

/**
 * Assumed: one request covers at most a year (the docs name no limit). Each of its days is counted
 * whenever it is shown: a request ending 9999-12-31 took the sandbox 6 s to check, and every list
 * showing one took 2.5 s more (found by the fuzzer).
 */
export const LEAVE_MAX_DAYS = 366

export const createLeaveInputSchema = z
  .object({
    // workspace_id is read (query or body) and checked by the sandbox's workspace scope, as elsewhere.
    policy_id: z.number('The policy id field is required.').int().positive(),
    user_id: z.number('The user id field is required.').int().positive(),
    start: dateField('start'),
    end: dateField('end'),
    start_time: clockSchema('start time').optional(),
    end_time: clockSchema('end time').optional(),
    /** Accepted for hour-based policies; the sandbox's policies are day-based, so it is not stored. */
    hours_per_day: z.number().positive().max(24).optional(),
    /** 0 full day, 1 first half (09:00–13:00), 2 second half (13:00–17:00): the halves are assumed. */
    leave_period: z.union([z.literal(0), z.literal(1), z.literal(2)], 'The selected leave period is invalid.').optional(),
    reason: z.string().max(1000, 'The reason may not be greater than 1000 characters.').nullable().optional(),
  })
  .refine((r) => r.end >= r.start, { path: ['end'], message: 'The end must be a date after or equal to start.' })
  .refine((r) => daysInclusive(r.start, r.end) <= LEAVE_MAX_DAYS, {
    path: ['end'],
    message: `A leave request may not span more than ${LEAVE_MAX_DAYS} days.`,
  })
  .refine((r) => (r.start_time === undefined) === (r.end_time === undefined), {
    path: ['end_time'],
    message: 'The start time and end time must be given together.',
  })
  .refine((r) => !r.start_time || !r.end_time || r.end_time > r.start_time, { path: ['end_time'], message: 'The end time must be after start time.' })
export type CreateLeaveInput = z.infer<typeof createLeaveInputSchema>

export const rejectLeaveInputSchema = z.object({
  reason: z
    .string('The reason field is required.')
    .trim()
    .min(1, 'The reason field is required.')
    .max(1000, 'The reason may not be greater than 1000 characters.'),
})
export type RejectLeaveInput = z.infer<typeof rejectLeaveInputSchema>

export const leaveBalanceItemSchema = z.object({
  leave_type: wireText,
  /** Text such as `10 days` or `1 day 4 hours`, read by `parseLeaveAmount`. */
  balance: leaveAmountSchema,
  /** Assumed extra, to match a balance to a request's policy without comparing names. */
  policy_id: optional(wireId),
})
export const leaveBalanceSchema = z.object({
  user_id: wireId,
  user_name: optional(z.string()),
  leave_information: optional(z.array(leaveBalanceItemSchema)).transform((items) => items ?? []),
  /** Only when the workspace counts one total balance; per-policy workspaces send null. */
  total_balance: optional(leaveAmountSchema),
})
export type LeaveBalance = z.output<typeof leaveBalanceSchema>
export type LeaveBalanceWire = z.input<typeof leaveBalanceSchema>
export const leaveBalanceListSchema = listEnvelopeSchema(leaveBalanceSchema)

/** `date_from` and `date_to` are required (documented); only `page` pages (20 rows, assumed). */
export const leaveBalanceQuerySchema = z
  .object({
    date_from: dateField('date from'),
    date_to: dateField('date to'),
    user_id: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => q.date_from <= q.date_to, { path: ['date_to'], message: 'The date to must be a date after or equal to date from.' })

/** Policy shape assumed (the vendor's page was not captured), so read tolerantly. */
export const leavePolicySchema = z.object({
  id: wireId,
  name: wireText,
  is_paid: optional(paidSchema),
  /** Days granted per calendar year. */
  days_per_year: optional(wireNumber),
  /** The docs say a policy is day-based or hour-based. */
  unit: optional(openEnum(['days', 'hours'])),
})
export type LeavePolicy = z.output<typeof leavePolicySchema>
export type LeavePolicyWire = z.input<typeof leavePolicySchema>
export const leavePolicyListSchema = listEnvelopeSchema(leavePolicySchema)
