import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { pageInfo } from '@/contract/pagination'
import { EmptyState } from '@/components/data/empty-state'
import type { Option } from '@/components/ui/input'
import { ListHeader } from '@/components/data/list-header'
import { Pager, rowCount } from '@/components/data/pager'
import { leaveQueries } from '@/api/leaves/queries'
import { isFiltered } from '../leaves-search'
import { LeaveFilters } from './leave-filters'
import { LeavesTable } from './leaves-table'

const route = getRouteApi('/_authed/w/$workspaceId/leaves/')

/** Member names come from the members feature; the route passes them in. */
export function LeavesPage({ members, memberNames }: { members: readonly Option[]; memberNames: ReadonlyMap<number, string> }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const deps = route.useLoaderDeps()
  const { data } = useSuspenseQuery(leaveQueries.page(workspaceId, deps))
  const info = pageInfo(data.pagination, deps, data.data.length)
  const go = (patch: { page?: number; per_page?: number }) => void navigate({ search: (prev) => ({ ...prev, ...patch }) })

  return (
    <div className="flex flex-col gap-4">
      <ListHeader title="Leaves" count={`${rowCount(info, 'request', 'requests')}${isFiltered(search) ? ' match the filters' : ''}`} />
      <LeaveFilters members={members} />
      {data.data.length > 0 ? (
        <LeavesTable workspaceId={workspaceId} leaves={data.data} memberNames={memberNames} />
      ) : (
        <EmptyState>
          {info.page > 1 ? 'This page is past the last one.' : isFiltered(search) ? 'No leave request matches these filters.' : 'No leave requests yet.'}
        </EmptyState>
      )}
      {(data.data.length > 0 || info.page > 1) && <Pager info={info} onPage={(page) => go({ page })} onPerPage={(per_page) => go({ per_page, page: 1 })} />}
    </div>
  )
}
