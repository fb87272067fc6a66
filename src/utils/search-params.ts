import { z } from 'zod'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '@/contract/pagination'

// Pieces of the queue pages' URL state. A hand-edited or stale link never fails: anything
// unreadable falls back to "no filter" or to the first page.

export const perPageOptions = [20, 50, 100] as const

export const pageParams = {
  page: z.number().int().min(1).catch(1).default(1),
  per_page: z.number().int().min(1).max(MAX_PER_PAGE).catch(DEFAULT_PER_PAGE).default(DEFAULT_PER_PAGE),
}

const isRealDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)

/** A calendar day `YYYY-MM-DD`; the router reads `2026-11-01` from the URL as text. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay)
export const optionalDayParam = daySchema.optional().catch(undefined)

/** An id in the path (`/members/1019`); a malformed one reads as 0, which never exists: not found. */
export const pathIdParam = z.coerce.number().int().positive().catch(0)

/** A member or policy id; the router reads `?member=1019` from the URL as a number. */
export const optionalIdParam = z.number().int().positive().optional().catch(undefined)

/** A date range whose ends were typed the wrong way round is read in order rather than refused. */
export function orderedRange<T extends { date_from?: string; date_to?: string }>(search: T): T {
  const { date_from, date_to } = search
  return date_from && date_to && date_from > date_to ? { ...search, date_from: date_to, date_to: date_from } : search
}

/** Today in the viewer's zone, as `YYYY-MM-DD`. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The day `days` before `day` (calendar arithmetic, no zone involved). */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/** Drops empty values so the API (and the query key) sees only the filters in use. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>
}
