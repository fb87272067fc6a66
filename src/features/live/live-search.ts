import { z } from 'zod'
import { roleSchema } from '@/contract/common'
import type { LiveRow } from './live-board'

// The Live page's URL state: project, team and role filters. Anything unreadable in a shared or
// hand-edited link falls back to "no filter".

export const liveSearchSchema = z.object({
  project: z.coerce.number().int().positive().optional().catch(undefined),
  team: z.string().min(1).max(200).optional().catch(undefined),
  role: roleSchema.optional().catch(undefined),
})
export type LiveSearch = z.infer<typeof liveSearchSchema>

export function matchesLiveFilters(row: Pick<LiveRow, 'member' | 'projectIds'>, { project, team, role }: LiveSearch): boolean {
  if (project !== undefined && !row.projectIds.includes(project)) return false
  if (team !== undefined && row.member.team_name !== team) return false
  if (role !== undefined && row.member.current_role !== role) return false
  return true
}

/** A member's day: which date (the member's local day by default). */
export const memberDaySearchSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
})
