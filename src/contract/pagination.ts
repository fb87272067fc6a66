import { z } from 'zod'

export const DEFAULT_PER_PAGE = 20
export const MAX_PER_PAGE = 100

/** `page` (>= 1) and `per_page` (1..100, default 20), as every list documents. */
export function paginationQuerySchema(maxPerPage = MAX_PER_PAGE, defaultPerPage = DEFAULT_PER_PAGE) {
  return z.object({
    page: z.coerce
      .number({ error: 'The page field must be an integer.' })
      .int('The page field must be an integer.')
      .min(1, 'The page field must be at least 1.')
      .default(1),
    per_page: z.coerce
      .number({ error: 'The per page field must be an integer.' })
      .int('The per page field must be an integer.')
      .min(1, 'The per page field must be at least 1.')
      .max(maxPerPage, `The per page field must not be greater than ${maxPerPage}.`)
      .default(defaultPerPage),
  })
}
export type PaginationQuery = z.infer<ReturnType<typeof paginationQuerySchema>>

export const paginationSchema = z.object({
  total: z.number().int().nonnegative(),
  per_page: z.number().int().positive(),
  current_page: z.number().int().positive(),
  last_page: z.number().int().positive(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
})
export type Pagination = z.infer<typeof paginationSchema>
