import { z } from 'zod'
import { memberStatusSchema, roleSchema } from '@/contract/common'
import type { Member, MemberFilters } from '@/contract/members'

// The members page's URL state. Anything unreadable in a shared or hand-edited link falls back
// to "no filter" instead of an error page.

export const memberSortColumns = ['name', 'email', 'role', 'status', 'team', 'timezone', 'rate'] as const
export type MemberSortColumn = (typeof memberSortColumns)[number]
const sortValues = memberSortColumns.flatMap((c) => [c, `-${c}`] as const)

export const membersSearchSchema = z.object({
  status: memberStatusSchema.optional().catch(undefined),
  role: roleSchema.optional().catch(undefined),
  /** Words to find in a name or an email, over the list already loaded (the API matches only a whole email). */
  q: z.string().trim().max(100).optional().catch(undefined),
  /** `name` ascending, `-name` descending. */
  sort: z.enum(sortValues).optional().catch(undefined),
})
export type MembersSearch = z.infer<typeof membersSearchSchema>

/** What the API filters on (searching and sorting stay in the browser). */
export function memberFiltersFromSearch({ status, role }: MembersSearch): MemberFilters {
  return { ...(status && { status }), ...(role && { role }) }
}

/** Lower case without accents, so "jose" finds "José". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

/**
 * Whether a member matches the search: every word is found in their name or email, in any order
 * ("lovelace ada", "ada@"). An empty search matches everyone.
 */
export function matchesMemberSearch(member: Pick<Member, 'firstname' | 'lastname' | 'email'>, q: string | undefined): boolean {
  const words = folded(q ?? '')
    .split(/\s+/)
    .filter(Boolean)
  const haystack = folded(`${member.firstname} ${member.lastname} ${member.email}`)
  return words.every((word) => haystack.includes(word))
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
