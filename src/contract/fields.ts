import { z } from 'zod'
import { isCalendarDate } from './common'

// Laravel-style field validators shared by the input schemas of projects, tasks, contracts,
// project viewers and webhooks, so that the dashboard's forms and the sandbox's 422s say the same
// words ("The name field is required.").

/** A missing field is "required"; a present one of the wrong type says what it must be. */
export const requiredOf = (field: string, kind: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? `The ${field} field is required.` : `The ${field} must be ${kind}.`,
})

/** A required, trimmed, non-empty string. */
export const requiredText = (field: string, max = 255) =>
  z.string(requiredOf(field, 'a string')).trim().min(1, `The ${field} field is required.`).max(max, `The ${field} may not be greater than ${max} characters.`)

/** An optional string that null clears. */
export const optionalText = (field: string, max: number) =>
  z.string(`The ${field} must be a string.`).max(max, `The ${field} may not be greater than ${max} characters.`).nullable().optional()

/** `YYYY-MM-DD` that is also a real calendar day (no 2024-02-30, no 2026-13-01). */
export const dateField = (field: string) =>
  z
    .string(requiredOf(field, 'a date'))
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `The ${field} must be a date in the format YYYY-MM-DD.`, abort: true })
    .refine(isCalendarDate, `The ${field} is not a valid date.`)

/** A positive integer id in a JSON body. */
export const idField = (field: string) =>
  z.number(requiredOf(field, 'an integer')).int(`The ${field} must be an integer.`).positive(`The ${field} must be an integer.`)

/** A positive integer id in a query string (arrives as text; absent or empty is "required"). */
export const queryIdField = (field: string) =>
  z.preprocess((raw) => (raw === undefined || raw === null || raw === '' ? undefined : Number(raw)), idField(field))

/** A non-negative number, e.g. hours or money. */
export const amountField = (field: string) =>
  z.number(requiredOf(field, 'a number')).min(0, `The ${field} must be at least 0.`).max(999_999_999.99, `The ${field} may not be greater than 999999999.99.`)

/** Hours per week, 0..168 (a week has 168 hours; 168 is the vendor's "no limit" default). */
export const weeklyHoursField = () =>
  z
    .number(requiredOf('weekly hours limit', 'an integer'))
    .int('The weekly hours limit must be an integer.')
    .min(0, 'The weekly hours limit must be at least 0.')
    .max(168, 'The weekly hours limit may not be greater than 168.')

/** Laravel's `after_or_equal`: both dates given and the later one earlier is an error on `later`. */
export function laterOrEqual<T extends Record<string, unknown>>(earlier: keyof T & string, later: keyof T & string, message: string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[earlier]
    const to = value[later]
    if (typeof from === 'string' && typeof to === 'string' && to < from) ctx.addIssue({ code: 'custom', path: [later], message })
  }
}
