import { useMemo, useState } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { UserPlus } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { memberQueries } from '@/api/members/queries'
import { matchesMemberSearch, searchFromSorting, sortingFromSearch } from '../members-search'
import { InviteMemberDialog } from './invite-member-dialog'
import { MemberFilters } from './member-filters'
import { MembersTable } from './members-table'

const route = getRouteApi('/_authed/w/$workspaceId/members/')

export function MembersPage() {
  const { workspaceId } = route.useParams()
  const filters = route.useLoaderDeps()
  const { sort, q } = route.useSearch()
  const navigate = route.useNavigate()
  const { data: loaded } = useSuspenseQuery(memberQueries.list(workspaceId, filters))
  const members = useMemo(() => loaded.filter((m) => matchesMemberSearch(m, q)), [loaded, q])
  const filtered = Object.keys(filters).length > 0 || Boolean(q)
  const [inviting, setInviting] = useState(false)

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight">Members</h1>
        <div className="flex items-center gap-3">
          <p role="status" className="text-muted-foreground">
            {members.length.toLocaleString('en-US')} {members.length === 1 ? 'member' : 'members'}
            {filtered ? (members.length === 1 ? ' matches the filters' : ' match the filters') : ''}
          </p>
          <Button size="sm" onClick={() => setInviting(true)}>
            <UserPlus aria-hidden />
            Invite member
          </Button>
        </div>
      </div>
      <InviteMemberDialog workspaceId={workspaceId} open={inviting} onClose={() => setInviting(false)} />
      <MemberFilters />
      {members.length === 0 ? (
        <div className="rounded-lg border border-dashed p-10 text-center text-muted-foreground">No member matches these filters.</div>
      ) : (
        <MembersTable
          workspaceId={workspaceId}
          members={members}
          sorting={sortingFromSearch(sort)}
          onSortingChange={(sorting) => void navigate({ search: (prev) => ({ ...prev, sort: searchFromSorting(sorting) }), replace: true })}
        />
      )}
    </div>
  )
}
