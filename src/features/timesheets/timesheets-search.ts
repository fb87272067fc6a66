import { z } from 'zod'
import { timesheetStatusValues, type TimesheetFilters } from '@/contract/timesheets'
import { definedOnly, optionalDayParam, optionalIdParam, orderedRange, pageParams } from '@/utils/search-params'

// The timesheets queue's URL state: every filter and the page, so a view can be shared.

export const timesheetsSearchSchema = z.object({
  /** The four states the docs' filter asks for (variant B); `open` is read as `pending`. */
  status: z.enum(timesheetStatusValues).optional().catch(undefined),
  /** The member's user id. */
  member: optionalIdParam,
  date_from: optionalDayParam,
  date_to: optionalDayParam,
  /** By creation, newest first unless `asc`. */
  order: z.enum(['asc', 'desc']).catch('desc').default('desc'),
  ...pageParams,
})
export type TimesheetsSearch = z.infer<typeof timesheetsSearchSchema>
export type TimesheetPageFilters = TimesheetFilters & { page: number; per_page: number }

/** What the API is asked for. */
export function timesheetFiltersFromSearch(search: TimesheetsSearch): TimesheetPageFilters {
  const { status, member, date_from, date_to, order, page, per_page } = orderedRange(search)
  return { ...definedOnly({ status, user_id: member, date_from, date_to }), order_by: order, page, per_page }
}

export const isFiltered = (s: TimesheetsSearch) => Boolean(s.status || s.member || s.date_from || s.date_to)
