import { z } from 'zod'
import { memberStatusSchema, roleSchema } from '@/contract/common'
import type { MemberFilters } from '@/contract/members'

// The members page's URL state. Anything unreadable in a shared or hand-edited link falls back
// to "no filter" instead of an error page.

export const memberSortColumns = ['name', 'email', 'role', 'status', 'team', 'timezone', 'rate'] as const
export type MemberSortColumn = (typeof memberSortColumns)[number]
const sortValues = memberSortColumns.flatMap((c) => [c, `-${c}`] as const)

export const membersSearchSchema = z.object({
  status: memberStatusSchema.optional().catch(undefined),
  role: roleSchema.optional().catch(undefined),
  // The API matches the whole address, case-insensitively.
  email: z.email().optional().catch(undefined),
  /** `name` ascending, `-name` descending. */
  sort: z.enum(sortValues).optional().catch(undefined),
})
export type MembersSearch = z.infer<typeof membersSearchSchema>

/** What the API filters on (sorting stays in the browser). */
export function memberFiltersFromSearch({ status, role, email }: MembersSearch): MemberFilters {
  return { ...(status && { status }), ...(role && { role }), ...(email && { email }) }
}

export function sortingFromSearch(sort: MembersSearch['sort']): { id: MemberSortColumn; desc: boolean }[] {
  if (!sort) return []
  const desc = sort.startsWith('-')
  return [{ id: (desc ? sort.slice(1) : sort) as MemberSortColumn, desc }]
}

export function searchFromSorting(sorting: { id: string; desc: boolean }[]): MembersSearch['sort'] {
  const first = sorting[0]
  if (!first || !memberSortColumns.includes(first.id as MemberSortColumn)) return undefined
  return (first.desc ? `-${first.id}` : first.id) as MembersSearch['sort']
}
