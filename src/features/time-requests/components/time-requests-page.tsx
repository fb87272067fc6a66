import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { pageInfo } from '@/contract/pagination'
import type { TimeRequest } from '@/contract/time-requests'
import { EmptyState } from '@/components/data/empty-state'
import type { Option } from '@/components/ui/input'
import { ListHeader } from '@/components/data/list-header'
import { Pager, rowCount } from '@/components/data/pager'
import { timeRequestQueries } from '@/api/time-requests/queries'
import { isFiltered } from '../time-requests-search'
import { TimeRequestFilters } from './time-request-filters'
import { TimeRequestsTable } from './time-requests-table'

const route = getRouteApi('/_authed/w/$workspaceId/time-requests/')

/** Names of members and projects come from other features; the route passes them in. */
export function TimeRequestsPage({
  members,
  memberNames,
  projectName,
}: {
  members: readonly Option[]
  memberNames: ReadonlyMap<number, string>
  projectName: (r: TimeRequest) => string | null
}) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const deps = route.useLoaderDeps()
  const { data } = useSuspenseQuery(timeRequestQueries.page(workspaceId, deps))
  const info = pageInfo(data.pagination, deps, data.data.length)
  const go = (patch: { page?: number; per_page?: number }) => void navigate({ search: (prev) => ({ ...prev, ...patch }) })

  return (
    <div className="flex flex-col gap-4">
      <ListHeader
        title="Time requests"
        count={`${rowCount(info, 'request', 'requests')}${isFiltered(search) ? ' match the filters' : ' in the last 30 days'}`}
      />
      <TimeRequestFilters members={members} />
      {data.data.length > 0 ? (
        <TimeRequestsTable workspaceId={workspaceId} requests={data.data} memberNames={memberNames} projectName={projectName} />
      ) : (
        <EmptyState>{info.page > 1 ? 'This page is past the last one.' : 'No time request in this period matches the filters.'}</EmptyState>
      )}
      {(data.data.length > 0 || info.page > 1) && <Pager info={info} onPage={(page) => go({ page })} onPerPage={(per_page) => go({ per_page, page: 1 })} />}
    </div>
  )
}
