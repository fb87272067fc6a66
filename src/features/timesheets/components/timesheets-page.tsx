import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { EmptyState } from '@/components/data/empty-state'
import type { Option } from '@/components/ui/input'
import { ListHeader } from '@/components/data/list-header'
import { Pager } from '@/components/data/pager'
import { timesheetQueries } from '../api/queries'
import { isFiltered } from '../timesheets-search'
import { TimesheetFilters } from './timesheet-filters'
import { TimesheetsTable } from './timesheets-table'

const route = getRouteApi('/_authed/w/$workspaceId/timesheets/')

/** Member options and the currency come from other features; the route passes them in. */
export function TimesheetsPage({ members, currency }: { members: readonly Option[]; currency: string | null }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data } = useSuspenseQuery(timesheetQueries.page(workspaceId, route.useLoaderDeps()))
  const { total } = data.meta.pagination
  const go = (patch: { page?: number; per_page?: number }) => void navigate({ search: (prev) => ({ ...prev, ...patch }) })

  return (
    <div className="flex flex-col gap-4">
      <ListHeader
        title="Timesheets"
        count={`${total.toLocaleString('en-US')} ${total === 1 ? 'timesheet' : 'timesheets'}${isFiltered(search) ? ' match the filters' : ''}`}
      />
      <TimesheetFilters members={members} />
      {data.data.length > 0 ? (
        <TimesheetsTable workspaceId={workspaceId} timesheets={data.data} currency={currency} />
      ) : (
        <EmptyState>
          {total > 0 ? 'This page is past the last one.' : isFiltered(search) ? 'No timesheet matches these filters.' : 'No timesheets yet.'}
        </EmptyState>
      )}
      {total > 0 && (
        <Pager pagination={data.meta.pagination} onPage={(page) => go({ page })} onPerPage={(per_page) => go({ per_page, page: 1 })} />
      )}
    </div>
  )
}
