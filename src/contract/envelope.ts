import { z } from 'zod'
import { paginationSchema } from './pagination'
import { timestampSchema } from './common'

export const metaSchema = z.object({
  api_version: z.string(),
  timestamp: timestampSchema,
  pagination: paginationSchema.optional(),
})
export type Meta = z.infer<typeof metaSchema>

/** `{ success: true, data, message?, meta }`; `data` may be null or absent on actions. */
export function successEnvelopeSchema<T extends z.ZodType>(data: T) {
  return z.object({
    success: z.literal(true),
    data,
    message: z.string().optional(),
    meta: metaSchema,
  })
}

/** A paginated list: `data` is an array and `meta.pagination` is present. */
export function listEnvelopeSchema<T extends z.ZodType>(item: T) {
  return z.object({
    success: z.literal(true),
    data: z.array(item),
    message: z.string().optional(),
    meta: metaSchema.extend({ pagination: paginationSchema }),
  })
}

/** Field name -> messages, as a 422 carries it. */
export const fieldErrorsSchema = z.record(z.string(), z.array(z.string()))
export type FieldErrors = z.infer<typeof fieldErrorsSchema>

export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  message: z.string(),
  error: z.string().nullable().optional(),
  errors: fieldErrorsSchema.optional(),
  meta: metaSchema,
})
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>

export const API_VERSION = '2.0.0'
