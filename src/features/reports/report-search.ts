import type { ReportFilters } from '@/api/reports/requests'
import { z } from 'zod'
import { daySchema } from '@/utils/search-params'

// Every report's URL state: the range, the filters, and how the numbers are shown. A hand-edited
// link never fails: anything unreadable falls back to the default.

// Kept free of the contract's date helpers: the route's validateSearch is part of the first page's bundle.
export const rangePresets = ['today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month', 'custom'] as const
export type RangePreset = (typeof rangePresets)[number]
/**
 * The range's part of a report URL. Without one (or anything unreadable) each report takes its
 * own default: this week, or today for a report of one day; so links need not carry a range.
 */
const rangeSearchSchema = {
  range: z.enum(rangePresets).optional().catch(undefined),
  from: daySchema.optional().catch(undefined),
  to: daySchema.optional().catch(undefined),
}

const optionalId = z.number().int().positive().optional().catch(undefined)

export const reportSearchSchema = z.object({
  ...rangeSearchSchema,
  member: optionalId,
  project: optionalId,
  /** A team name: the API lists teams only as members' `team_name` (assumed: no team ids to send). */
  team: z.string().min(1).max(100).optional().catch(undefined),
  /** Tracked hours: stack the bars by project or by member. */
  by: z.enum(['project', 'member']).catch('project').default('project'),
  view: z.enum(['chart', 'table']).catch('chart').default('chart'),
})
export type ReportSearch = z.infer<typeof reportSearchSchema>

/**
 * The API filters from the URL: a team becomes its members' ids (resolved from the member list);
 * a member filter inside a team keeps only that member. Sorted, so the query keys are stable.
 */
export function reportFilters(search: Pick<ReportSearch, 'member' | 'project' | 'team'>, teamMembers: (team: string) => number[]): ReportFilters {
  let users = search.team ? teamMembers(search.team) : undefined
  if (search.member) users = users ? users.filter((id) => id === search.member) : [search.member]
  return {
    ...(users && { users: [...users].sort((a, b) => a - b) }),
    ...(search.project && { projects: [search.project] }),
  }
}
