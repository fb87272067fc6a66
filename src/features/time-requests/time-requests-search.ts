import { z } from 'zod'
import { timeRequestStatusValues, type TimeRequestFilters } from '@/contract/time-requests'
import { daySchema, daysBefore, definedOnly, localDay, optionalIdParam, orderedRange, pageParams } from '@/utils/search-params'

// The time requests queue's URL state. The API requires a date range, so the page always has one:
// the last 30 days unless the URL says otherwise.

export const DEFAULT_RANGE_DAYS = 30
const defaultTo = () => localDay()
const defaultFrom = () => daysBefore(localDay(), DEFAULT_RANGE_DAYS)

export const timeRequestsSearchSchema = z.object({
  date_from: daySchema.catch(defaultFrom).default(defaultFrom),
  date_to: daySchema.catch(defaultTo).default(defaultTo),
  status: z.enum(timeRequestStatusValues).optional().catch(undefined),
  member: optionalIdParam,
  ...pageParams,
})
export type TimeRequestsSearch = z.infer<typeof timeRequestsSearchSchema>
export type TimeRequestPageFilters = TimeRequestFilters & { page: number; per_page: number }

export function timeRequestFiltersFromSearch(search: TimeRequestsSearch): TimeRequestPageFilters {
  const { date_from, date_to, status, member, page, per_page } = orderedRange(search)
  return { date_from, date_to, ...definedOnly({ status, user_id: member }), page, per_page }
}

/** Filters beyond the default range. */
export const isFiltered = (s: TimeRequestsSearch) => Boolean(s.status || s.member || s.date_from !== defaultFrom() || s.date_to !== defaultTo())
