import { z } from 'zod'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'

// Expenses follow seeds/003 (the vendor's variant A pages): display-ready answers with formatted
// dates (`Jan 15, 2024`), names instead of ids, `type` billable/non-billable and `added_dte`
// spelled as the vendor spells it. Update and delete answer `data: null`.

export const expenseTypeSchema = z.enum(['billable', 'non-billable'])

export const expenseSchema = z.object({
  id: z.string(),
  /** The spender's full name. */
  member: z.string().nullable(),
  /** Display date, e.g. `Jan 15, 2024`: use `displayDateToIso` before putting it in a form. */
  expense_date: z.string().nullable(),
  expense_name: z.string(),
  project: z.string().nullable(),
  category: z.string().nullable(),
  amount: z.number(),
  note: z.string().nullable(),
  type: expenseTypeSchema,
  /** When it was recorded, display format (sic: `added_dte`). */
  added_dte: z.string().nullable(),
})
export type Expense = z.infer<typeof expenseSchema>

export const expenseListSchema = listEnvelopeSchema(expenseSchema)
export const expenseEnvelopeSchema = successEnvelopeSchema(expenseSchema)
/** Update and delete: `data` is null. */
export const expenseActionEnvelopeSchema = successEnvelopeSchema(z.null())

const isoDate = (field: string) =>
  z.string(`The ${field} field is required.`).regex(/^\d{4}-\d{2}-\d{2}$/, `The ${field} must be a date in the format YYYY-MM-DD.`)

export const expenseFiltersSchema = z
  .object({
    id: z.string().optional(),
    date_from: isoDate('date from').optional(),
    date_to: isoDate('date to').optional(),
  })
  .refine((f) => !f.date_from || !f.date_to || f.date_from <= f.date_to, {
    path: ['date_to'],
    message: 'The date to must be a date after or equal to date from.',
  })
export type ExpenseFilters = z.infer<typeof expenseFiltersSchema>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Laravel-style: a missing field is "required", a present one of the wrong type says so. */
const requiredOf = (field: string, kind: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `The ${field} field is required.` : `The ${field} must be ${kind}.`),
})

const expenseFields = {
  // workspace_id is read (query or body) and checked by the sandbox's workspace scope, as elsewhere.
  expense_name: z
    .string(requiredOf('expense name', 'a string'))
    .trim()
    .min(1, 'The expense name field is required.')
    .max(255, 'The expense name may not be greater than 255 characters.'),
  date: isoDate('date'),
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

/** Category shape assumed: the seed names `ExpenseCategory` without showing it. */
export const expenseCategorySchema = z.object({ id: z.string(), name: z.string() })
export type ExpenseCategory = z.infer<typeof expenseCategorySchema>
export const expenseCategoryListSchema = listEnvelopeSchema(expenseCategorySchema)
export const expenseCategoryFiltersSchema = z.object({ id: z.string().optional() })

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** `2024-01-05` -> `Jan 05, 2024` (PHP `M d, Y`; zero-padding the day is assumed). */
export function isoToDisplayDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${MONTHS[Number(month) - 1]} ${day}, ${year}`
}

/** `Jan 15, 2024` or `Jan 5, 2024` -> `2024-01-15`; null when the text is not such a date. */
export function displayDateToIso(text: string | null | undefined): string | null {
  const match = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec((text ?? '').trim())
  const month = match ? MONTHS.indexOf(match[1] as (typeof MONTHS)[number]) : -1
  if (!match || month < 0) return null
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`
}
