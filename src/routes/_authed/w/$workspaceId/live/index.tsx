import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { addDays, todayUtc } from '@/contract/calendar'
import { contractQueries } from '@/api/contracts/queries'
import { leaveQueries } from '@/api/leaves/queries'
import { LivePage } from '@/features/live/components/live-page'
import { liveSearchSchema } from '@/features/live/live-search'
import { memberQueries } from '@/api/members/queries'
import { loadQuery } from '@/lib/query-client'

/**
 * Approved leave around today (members' local days span yesterday..tomorrow in UTC). Assumed: at
 * most 100 such requests at once; one page is read.
 */
const approvedLeavesAroundToday = (workspaceId: number) =>
  leaveQueries.page(workspaceId, { status: 'approved', date_from: addDays(todayUtc(), -1), date_to: addDays(todayUtc(), 1), page: 1, per_page: 100 })

export const Route = createFileRoute('/_authed/w/$workspaceId/live/')({
  validateSearch: liveSearchSchema,
  // The member and contract lists are shared with the other pages (cached for minutes); the
  // board's own reads are scheduled by the page within the rate budget.
  loader: ({ context: { queryClient }, params, preload }) =>
    Promise.all([
      loadQuery(queryClient, memberQueries.list(params.workspaceId, {}), { preload }),
      loadQuery(queryClient, contractQueries.list(params.workspaceId), { preload }),
    ]),
  component: LiveRoute,
})

/** Composes members, contracts and leaves (other features) with the board. */
function LiveRoute() {
  const { workspaceId } = Route.useParams()
  const { data: members } = useSuspenseQuery(memberQueries.list(workspaceId, {}))
  const { data: contracts } = useSuspenseQuery(contractQueries.list(workspaceId))
  const leaves = useQuery({ ...approvedLeavesAroundToday(workspaceId), meta: { priority: 'background' } })
  return <LivePage members={members} contracts={contracts} approvedLeaves={leaves.data?.data ?? []} />
}
