import { createFileRoute } from '@tanstack/react-router'
import { timesheetQueries } from '@/api/timesheets/queries'
import { TimesheetsPage } from '@/features/timesheets/components/timesheets-page'
import { timesheetFiltersFromSearch, timesheetsSearchSchema } from '@/features/timesheets/timesheets-search'
import { loadQuery } from '@/lib/query-client'
import { contractListQuery, memberListQuery, useContractLookups, useMemberLookups } from '../-components/queue-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/timesheets/')({
  validateSearch: timesheetsSearchSchema,
  loaderDeps: ({ search }) => timesheetFiltersFromSearch(search),
  loader: ({ context: { queryClient }, params: { workspaceId }, deps, preload }) =>
    Promise.all([
      loadQuery(queryClient, timesheetQueries.page(workspaceId, deps), { preload }),
      loadQuery(queryClient, memberListQuery(workspaceId), { preload }),
      loadQuery(queryClient, contractListQuery(workspaceId), { preload }),
    ]),
  component: TimesheetsRoute,
})

function TimesheetsRoute() {
  const { workspaceId } = Route.useParams()
  const { names, options } = useMemberLookups(workspaceId)
  const { currency } = useContractLookups(workspaceId)
  return <TimesheetsPage members={options} memberNames={names} currency={currency} />
}
