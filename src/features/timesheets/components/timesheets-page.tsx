import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { pageInfo } from '@/contract/pagination'
import { EmptyState } from '@/components/data/empty-state'
import type { Option } from '@/components/ui/input'
import { ListHeader } from '@/components/data/list-header'
import { Pager, rowCount } from '@/components/data/pager'
import { timesheetQueries } from '@/api/timesheets/queries'
import { isFiltered } from '../timesheets-search'
import { TimesheetFilters } from './timesheet-filters'
import { TimesheetsTable } from './timesheets-table'

const route = getRouteApi('/_authed/w/$workspaceId/timesheets/')

/** Members (options and names) and the currency come from other features; the route passes them in. */
export function TimesheetsPage({
  members,
  memberNames,
  currency,
}: {
  members: readonly Option[]
  memberNames: ReadonlyMap<number, string>
  currency: string | null
}) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const deps = route.useLoaderDeps()
  const { data } = useSuspenseQuery(timesheetQueries.page(workspaceId, deps))
  const info = pageInfo(data.pagination, deps, data.data.length)
  const go = (patch: { page?: number; per_page?: number }) => void navigate({ search: (prev) => ({ ...prev, ...patch }) })

  return (
    <div className="flex flex-col gap-4">
      <ListHeader title="Timesheets" count={`${rowCount(info, 'timesheet', 'timesheets')}${isFiltered(search) ? ' match the filters' : ''}`} />
      <TimesheetFilters members={members} />
      {data.data.length > 0 ? (
        <TimesheetsTable workspaceId={workspaceId} timesheets={data.data} memberNames={memberNames} currency={currency} />
      ) : (
        <EmptyState>
          {info.page > 1 ? 'This page is past the last one.' : isFiltered(search) ? 'No timesheet matches these filters.' : 'No timesheets yet.'}
        </EmptyState>
      )}
      {(data.data.length > 0 || info.page > 1) && <Pager info={info} onPage={(page) => go({ page })} onPerPage={(per_page) => go({ per_page, page: 1 })} />}
    </div>
  )
}
