import { z } from 'zod'
import { optional, wireInt } from './wire'

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

/**
 * Laravel's paginator fields. Variant B's contracts list sends them at the top level without
 * `from`/`to`; numbers may arrive as strings.
 */
export const paginationSchema = z.object({
  total: wireInt.pipe(z.number().nonnegative()),
  per_page: wireInt.pipe(z.number().positive()),
  current_page: wireInt.pipe(z.number().positive()),
  // An empty list says last_page 0 on some Laravel versions; it still has one (empty) page.
  last_page: wireInt.transform((n) => Math.max(1, n)),
  from: optional(wireInt).transform((n) => n ?? null),
  to: optional(wireInt).transform((n) => n ?? null),
})
export type Pagination = z.output<typeof paginationSchema>

/**
 * Where a list stands, in the terms a pager needs. `total` and `lastPage` are null when the vendor
 * sent no pagination and the page was full (more may follow; how many is unknown).
 */
export interface PageInfo {
  page: number
  perPage: number
  total: number | null
  lastPage: number | null
  /** Rows shown, 1-based, or null on an empty page. */
  from: number | null
  to: number | null
  hasMore: boolean
}

/** PageInfo from the vendor's pagination, or from the request and row count when it sent none. */
export function pageInfo(pagination: Pagination | null, requested: { page: number; per_page: number }, rows: number): PageInfo {
  if (pagination) {
    const { current_page: page, per_page: perPage, total, last_page: lastPage } = pagination
    const from = pagination.from ?? (rows ? (page - 1) * perPage + 1 : null)
    return { page, perPage, total, lastPage, from, to: pagination.to ?? (from === null ? null : from + rows - 1), hasMore: page < lastPage }
  }
  const { page, per_page: perPage } = requested
  const from = rows ? (page - 1) * perPage + 1 : null
  // More rows than asked for: the vendor ignored per_page and sent the whole list.
  const full = rows === perPage
  return {
    page,
    perPage,
    total: full ? null : (page - 1) * perPage + rows,
    lastPage: full ? null : page,
    from,
    to: from === null ? null : from + rows - 1,
    hasMore: full,
  }
}
