import { memberStatusValues, type MemberStatus } from '@/contract/common'
import type { Member } from '@/contract/members'

export interface StatusCounts {
  total: number
  /** Each status the docs name that at least one member has, in the docs' order. */
  statuses: { status: MemberStatus; count: number }[]
  /** Members whose status the docs do not name (the API's text is kept): counted, so the parts add up. */
  other: number
}

/** How many members have each status; the parts always add up to the total. */
export function memberStatusCounts(members: readonly Pick<Member, 'status'>[]): StatusCounts {
  const statuses = memberStatusValues.map((status) => ({ status, count: members.filter((m) => m.status === status).length })).filter((s) => s.count > 0)
  return { total: members.length, statuses, other: members.length - statuses.reduce((sum, s) => sum + s.count, 0) }
}
