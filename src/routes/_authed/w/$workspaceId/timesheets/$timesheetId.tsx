import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFound } from '@/components/errors/not-found'
import { timesheetQueries } from '@/api/timesheets/queries'
import { TimesheetDetail } from '@/features/timesheets/components/timesheet-detail'
import { loadQuery } from '@/lib/query-client'
import { contractListQuery, memberListQuery, useContractLookups, useMemberLookups } from '../-components/queue-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/timesheets/$timesheetId')({
  loader: async ({ context: { queryClient }, params: { workspaceId, timesheetId }, preload }) => {
    const detail = timesheetQueries.detail(workspaceId, timesheetId)
    await Promise.all([
      loadQuery(queryClient, detail, { preload }),
      loadQuery(queryClient, contractListQuery(workspaceId), { preload }),
      // Variant A's timesheets carry no member: the name comes from the member list.
      loadQuery(queryClient, memberListQuery(workspaceId), { preload }),
    ])
    if (!preload && queryClient.getQueryData(detail.queryKey) === null) throw notFound()
  },
  notFoundComponent: () => <NotFound what="timesheet" />,
  component: TimesheetRoute,
})

function TimesheetRoute() {
  const { workspaceId } = Route.useParams()
  const { currency } = useContractLookups(workspaceId)
  const { names } = useMemberLookups(workspaceId)
  return <TimesheetDetail currency={currency} memberNames={names} />
}
