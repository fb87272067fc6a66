import { z } from 'zod'
import { listEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { dateField } from './fields'
import {
  minutesFrom,
  moneySchema,
  openEnum,
  optional,
  personRefSchema,
  type PersonRef,
  wireDate,
  wireId,
  wireNumber,
  wireStringId,
  wireText,
  wireTimestamp,
} from './wire'

// Timesheets as both documentation variants write them, read into one model:
// - variant B (seeds/000): opaque ids, `pending`, `total_minutes`, `daily_breakdown`, `member`
//   (a name or an object), `total_amount` as a number or `{ "USD": 12.5 }`;
// - variant A: UUIDs, `open`, decimal `total_hours`, no member, breakdown or amount.
// What a variant leaves out is undefined in the model (unknown), never 0.

/** The statuses of the model: `open` (variant A, seeds/000's unsubmit answer) is read as `pending`. */
export const timesheetStatusValues = ['pending', 'submitted', 'approved', 'rejected'] as const
export type TimesheetStatus = (typeof timesheetStatusValues)[number] | (string & {})

/** A status as the vendor writes it; a value we do not know is kept raw and shown as it came. */
export const timesheetStatusSchema = openEnum([...timesheetStatusValues, 'open']).transform((status): TimesheetStatus =>
  status === 'open' ? 'pending' : status,
)

export const dailyProjectEntrySchema = z.object({
  project_id: optional(wireId),
  project_name: optional(wireText),
  contract_id: optional(wireId),
  total_minutes: wireNumber.transform(Math.round),
  /** Only for callers who may see rates. */
  total_amount: optional(moneySchema),
})
export type DailyProjectEntry = z.output<typeof dailyProjectEntrySchema>

/** Date -> the projects tracked that day. PHP writes an empty map as `[]`. */
const dailyBreakdownSchema = z.preprocess((raw) => (Array.isArray(raw) && raw.length === 0 ? {} : raw), z.record(z.string(), z.array(dailyProjectEntrySchema)))

export const timesheetSchema = z
  .object({
    id: wireStringId,
    user_id: optional(wireId),
    /** A name (the corpus' reading of seeds/000) or an object; variant A sends none. */
    member: optional(personRefSchema),
    date_from: wireDate,
    date_to: wireDate,
    total_minutes: optional(wireNumber),
    /** Variant A's decimal hours (`80.5`). */
    total_hours: optional(wireNumber),
    submitted_on: optional(wireTimestamp),
    reject_reason: optional(z.string()),
    status: timesheetStatusSchema,
    /** Variant B only; variant A has no breakdown (undefined, not "nothing tracked"). */
    daily_breakdown: optional(dailyBreakdownSchema),
    /** Only for callers who may see rates: absent is unknown, not zero. */
    total_amount: optional(moneySchema),
    created_at: optional(wireTimestamp),
    updated_at: optional(wireTimestamp),
  })
  .transform(({ total_minutes, total_hours, member, user_id, ...t }) => {
    const minutes = minutesFrom({ minutes: total_minutes, hours: total_hours })
    // A member without its own id (a name, or an object without one) is the timesheet's user.
    const person: PersonRef | undefined = member && { ...member, id: member.id ?? user_id }
    return {
      ...t,
      user_id: user_id ?? member?.id,
      member: person,
      total_minutes: minutes === undefined ? undefined : Math.round(minutes),
    }
  })
export type Timesheet = z.output<typeof timesheetSchema>
/** What the sandbox emits (its rich answers), typed by what the reader accepts. */
export type TimesheetWire = z.input<typeof timesheetSchema>

export const timesheetListSchema = listEnvelopeSchema(timesheetSchema)

/**
 * The list's filters, as the docs ask for them. Requests send variant B's four statuses (the
 * timesheets page offers no other); `open` stays accepted because variant A documents it.
 */
export const timesheetFiltersSchema = z.object({
  id: z.string().optional(),
  status: z.enum(['pending', 'open', 'submitted', 'approved', 'rejected']).optional(),
  date_from: dateField('date from').optional(),
  date_to: dateField('date to').optional(),
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

/**
 * What approve, reject, submit and unsubmit echo in `data` (seeds/000); variant A answers
 * `data: null`. Only `success` decides whether it worked; the pages re-read the timesheet.
 */
export const timesheetActionResultSchema = z.object({
  id: wireStringId,
  status: timesheetStatusSchema,
  user_id: optional(wireId),
  user_name: optional(z.string()),
  user_email: optional(z.string()),
  date_from: optional(wireDate),
  date_to: optional(wireDate),
})
export const timesheetActionEnvelopeSchema = writeEnvelopeSchema(timesheetActionResultSchema)

export const timesheetActions = ['approve', 'reject', 'submit', 'unsubmit'] as const
export type TimesheetAction = (typeof timesheetActions)[number]
