import { Fragment } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { memberQueries } from '@/api/members/queries'
import type { MemberStatus } from '@/contract/common'
import { memberStatusCounts } from '../member-figures'

const linkClass = 'underline-offset-4 hover:text-foreground hover:underline'
const n = (value: number) => value.toLocaleString('en-US')
/** "2 unknown" would read as two unknown people: the vendor's `unknown` is about the status. */
const statusLabels: Record<MemberStatus, string> = { active: 'active', inactive: 'inactive', left: 'left', unknown: 'status unknown' }

/**
 * "40 members: 31 active · 5 inactive · 2 left · 2 status unknown": the parts add up and each links to
 * the members of that status. The unfiltered list is the one every page shares: no extra request.
 */
export function MemberBreakdown({ workspaceId }: { workspaceId: number }) {
  const { data: members } = useQuery(memberQueries.list(workspaceId, {}))
  // A line, not a card: while the list loads it keeps its place; if it fails, the cards that need
  // the names say so.
  if (!members) return <p aria-hidden className="h-5 w-72 max-w-full animate-pulse rounded bg-muted" />
  const { total, statuses, other } = memberStatusCounts(members)
  return (
    <p className="text-muted-foreground">
      <Link to="/w/$workspaceId/members" params={{ workspaceId }} className={`font-medium text-foreground ${linkClass}`}>
        {n(total)} {total === 1 ? 'member' : 'members'}
      </Link>
      {statuses.length > 0 && ': '}
      {statuses.map(({ status, count }, i) => (
        <Fragment key={status}>
          {i > 0 && ' · '}
          <Link to="/w/$workspaceId/members" params={{ workspaceId }} search={{ status }} className={linkClass}>
            {n(count)} {statusLabels[status]}
          </Link>
        </Fragment>
      ))}
      {other > 0 && ` · ${n(other)} other`}
    </p>
  )
}
