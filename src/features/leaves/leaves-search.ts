import { z } from 'zod'
import { leaveStatusValues, type LeaveFilters } from '@/contract/leaves'
import { definedOnly, optionalDayParam, optionalIdParam, orderedRange, pageParams } from '@/utils/search-params'

// The leaves queue's URL state. A date range matches every request with a day inside it.

export const leavesSearchSchema = z.object({
  status: z.enum(leaveStatusValues).optional().catch(undefined),
  member: optionalIdParam,
  policy: optionalIdParam,
  date_from: optionalDayParam,
  date_to: optionalDayParam,
  ...pageParams,
})
export type LeavesSearch = z.infer<typeof leavesSearchSchema>
export type LeavePageFilters = LeaveFilters & { page: number; per_page: number }

export function leaveFiltersFromSearch(search: LeavesSearch): LeavePageFilters {
  const { status, member, policy, date_from, date_to, page, per_page } = orderedRange(search)
  return { ...definedOnly({ status, user_id: member, policy_id: policy, date_from, date_to }), page, per_page }
}

export const isFiltered = (s: LeavesSearch) => Boolean(s.status || s.member || s.policy || s.date_from || s.date_to)
