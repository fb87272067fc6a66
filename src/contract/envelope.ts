import { z } from 'zod'
import { paginationSchema, type Pagination } from './pagination'

// The envelope as the vendor's pages show it, read tolerantly: `meta` may lack fields or be
// absent, `message` may be absent, and a list's pagination sits in `meta.pagination` (the
// documented place), at the top level (variant B's contracts list) or nowhere (seeds/003, 004).

export const metaSchema = z
  .object({
    api_version: z.string().optional(),
    timestamp: z.string().optional(),
    pagination: paginationSchema.nullish(),
  })
  .passthrough()
export type Meta = z.infer<typeof metaSchema>

/** `{ success: true, data, message?, meta? }` for a read: `data` must match. */
export function successEnvelopeSchema<T extends z.ZodType>(data: T) {
  return z.object({
    success: z.literal(true),
    data,
    message: z.string().nullish(),
    meta: metaSchema.optional(),
  })
}

/** A list answer, normalised: its rows and the pagination wherever it was (null when none). */
export interface ListAnswer<T> {
  data: T[]
  pagination: Pagination | null
}

/** An empty object carries nothing to show: the docs' example lists render an item as `{}` (seeds/003). */
const isEmptyObject = (row: unknown) => isObject(row) && Object.keys(row).length === 0

/**
 * A list's rows. Variant B's examples for tasks, project viewers and time requests show `data` as
 * one object where the tables document an array (endpoints.md Appendix B). Assumed: such an
 * object is the list's only row.
 */
const listRows = <T extends z.ZodType>(item: T) =>
  z.preprocess((rows) => {
    if (!Array.isArray(rows)) return isObject(rows) && !isEmptyObject(rows) ? [rows] : rows
    return rows.filter((row) => !isEmptyObject(row))
  }, z.array(item))

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A list: `data` is an array (or one row); pagination in `meta`, at the top level, or absent. */
export function listEnvelopeSchema<T extends z.ZodType>(item: T) {
  return z
    .object({
      success: z.literal(true),
      data: listRows(item),
      message: z.string().nullish(),
      pagination: paginationSchema.nullish(),
      meta: metaSchema.optional(),
    })
    .transform((answer): ListAnswer<z.output<T>> => ({
      data: answer.data,
      pagination: answer.meta?.pagination ?? answer.pagination ?? null,
    }))
}

/**
 * A write's answer. `success: true` means the vendor applied it, whatever `data` holds: the docs
 * show the echoed record, a partial one, `data: null`, no `data`, or `{ success, message }` only.
 * `data` is the record when it matches `item` and null otherwise; callers re-read what changed
 * rather than trust the echo.
 */
export function writeEnvelopeSchema<T extends z.ZodType>(item: T) {
  return z.object({
    success: z.literal(true),
    data: item.nullable().catch(null).default(null),
    message: z.string().nullish(),
    meta: metaSchema.optional(),
  })
}

/** Field name -> messages, as a 422 carries it. */
export const fieldErrorsSchema = z.record(z.string(), z.array(z.string()))
export type FieldErrors = z.infer<typeof fieldErrorsSchema>

/** Errors carry `message`; `error`, `errors` and `meta` may be missing on the vendor's side. */
export const errorEnvelopeSchema = z.object({
  success: z.literal(false).optional(),
  message: z.string(),
  error: z.string().nullable().optional(),
  errors: fieldErrorsSchema.optional(),
  meta: metaSchema.optional(),
})
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>

export const API_VERSION = '2.0.0'
