import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { API_VERSION } from '../../src/contract/envelope'
import type { Pagination, PaginationQuery } from '../../src/contract/pagination'
import type { ApiError } from './errors'

/** The docs' timestamps carry microseconds: `2026-01-29T12:00:00.000000Z`. */
export function apiTimestamp(instant: Date | string = new Date()): string {
  const iso = typeof instant === 'string' ? new Date(instant).toISOString() : instant.toISOString()
  return iso.replace(/\.(\d{3})Z$/, '.$1000Z')
}

function meta(pagination?: Pagination) {
  return { api_version: API_VERSION, timestamp: apiTimestamp(), ...(pagination ? { pagination } : {}) }
}

export function success(c: Context, data: unknown, options: { message?: string; status?: ContentfulStatusCode; pagination?: Pagination } = {}) {
  return c.json({ success: true, data, ...(options.message ? { message: options.message } : {}), meta: meta(options.pagination) }, options.status ?? 200)
}

export function failure(c: Context, error: ApiError) {
  for (const [name, value] of Object.entries(error.detail.headers ?? {})) c.header(name, value)
  return c.json(
    {
      success: false,
      message: error.message,
      error: error.detail.error ?? null,
      ...(error.detail.errors ? { errors: error.detail.errors } : {}),
      meta: meta(),
    },
    error.status,
  )
}

/** One page of `items` and the `meta.pagination` that describes it (Laravel's arithmetic). */
export function paginate<T>(items: readonly T[], { page, per_page }: PaginationQuery) {
  const total = items.length
  const lastPage = Math.max(1, Math.ceil(total / per_page))
  const start = (page - 1) * per_page
  const slice = items.slice(start, start + per_page)
  const pagination: Pagination = {
    total,
    per_page,
    current_page: page,
    last_page: lastPage,
    from: slice.length ? start + 1 : null,
    to: slice.length ? start + slice.length : null,
  }
  return { data: slice, pagination }
}
