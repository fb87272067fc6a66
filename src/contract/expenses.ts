import { z } from 'zod'
import { dateField } from './fields'
import { listEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { openEnum, optional, personRefSchema, wireDate, wireNumber, wireStringId, wireText } from './wire'

// Expenses follow seeds/003 (the vendor's variant A pages): display-ready answers with formatted
// dates (`Jan 15, 2024`, read into `YYYY-MM-DD`), names instead of ids, `type` billable or
// non-billable and `added_dte` spelled as the vendor spells it. Update and delete answer
// `data: null`. seeds/003 renders a list's items as `{}` (its schema without example values).

const expenseTypeValues = ['billable', 'non-billable'] as const
/** Billable or not; an unknown value is kept and shown raw. */
export const expenseTypeSchema = openEnum(expenseTypeValues)

export const expenseSchema = z
  .object({
    id: wireStringId,
    /** The spender, as the vendor names them (a full name; an object is read too). */
    member: optional(personRefSchema),
    expense_date: optional(wireDate),
    expense_name: wireText,
    /** The project's name. */
    project: optional(wireText),
    /** The category's name. */
    category: optional(wireText),
    amount: wireNumber,
    note: optional(z.string()),
    type: expenseTypeSchema,
    /** When it was recorded (sic: `added_dte`). */
    added_dte: optional(wireDate),
    /** Assumed: legacy v1's spelling of `added_dte`. */
    added_date: optional(wireDate),
  })
  .transform(({ added_date, ...e }) => ({ ...e, added_dte: e.added_dte ?? added_date }))
export type Expense = z.output<typeof expenseSchema>
export type ExpenseWire = z.input<typeof expenseSchema>

export const expenseListSchema = listEnvelopeSchema(expenseSchema)
/** Create, update and delete, judged by `success`: update and delete answer `data: null`. */
export const expenseWriteEnvelopeSchema = writeEnvelopeSchema(expenseSchema)

export const expenseFiltersSchema = z
  .object({
    id: z.string().optional(),
    date_from: dateField('date from').optional(),
    date_to: dateField('date to').optional(),
  })
  .refine((f) => !f.date_from || !f.date_to || f.date_from <= f.date_to, {
    path: ['date_to'],
    message: 'The date to must be a date after or equal to date from.',
  })
export type ExpenseFilters = z.infer<typeof expenseFiltersSchema>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Laravel-style: a missing field is "required", a present one of the wrong type says so. */
const requiredOf = (field: string, kind: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? `The ${field} field is required.` : `The ${field} must be ${kind}.`,
})

const expenseFields = {
  // workspace_id is read (query or body) and checked by the sandbox's workspace scope, as elsewhere.
  expense_name: z
    .string(requiredOf('expense name', 'a string'))
    .trim()
    .min(1, 'The expense name field is required.')
    .max(255, 'The expense name may not be greater than 255 characters.'),
  date: dateField('date'),
  amount: z
    .number(requiredOf('amount', 'a number'))
    .positive('The amount must be greater than 0.')
    .max(999_999_999.99, 'The amount may not be greater than 999999999.99.'),
  category_id: z.string(requiredOf('category id', 'a string')).regex(UUID, 'The category id must be a valid UUID.'),
  project_id: z.number(requiredOf('project id', 'an integer')).int('The project id must be an integer.').positive().nullable().optional(),
  note: z.string('The note must be a string.').max(1000, 'The note may not be greater than 1000 characters.').nullable().optional(),
  /** Variant B and the connector call the text `description`; accepted as an alias of `note`. */
  description: z.string('The description must be a string.').max(1000, 'The description may not be greater than 1000 characters.').nullable().optional(),
}

export const createExpenseInputSchema = z.object({
  ...expenseFields,
  is_billable: z.boolean('The is billable field must be true or false.').default(true),
})
export type CreateExpenseInput = z.input<typeof createExpenseInputSchema>

/**
 * seeds/003: "Update an existing expense. All fields are required." PUT replaces the expense, so
 * name, date, amount, category and billability are required; `project_id` (marked optional by the
 * seed) and `note` may be omitted or null, which clears them (assumed).
 */
export const updateExpenseInputSchema = z.object({
  ...expenseFields,
  is_billable: z.boolean(requiredOf('is billable', 'true or false')),
})
export type UpdateExpenseInput = z.input<typeof updateExpenseInputSchema>

/** Category shape assumed: seeds/003 names `ExpenseCategory` without showing it. */
export const expenseCategorySchema = z
  .object({
    id: wireStringId,
    name: optional(wireText),
    /** Assumed alternatives to `name`, as the shape is undocumented. */
    title: optional(wireText),
    category_name: optional(wireText),
  })
  .transform((c) => ({ id: c.id, name: c.name ?? c.category_name ?? c.title ?? c.id }))
export type ExpenseCategory = z.output<typeof expenseCategorySchema>
export type ExpenseCategoryWire = z.input<typeof expenseCategorySchema>
export const expenseCategoryListSchema = listEnvelopeSchema(expenseCategorySchema)
export const expenseCategoryFiltersSchema = z.object({ id: z.string().optional() })

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** `2024-01-05` -> `Jan 05, 2024` (PHP `M d, Y`; zero-padding the day is assumed). */
export function isoToDisplayDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${MONTHS[Number(month) - 1]} ${day}, ${year}`
}
