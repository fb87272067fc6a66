import { createFileRoute } from '@tanstack/react-router'
import { leaveQueries } from '@/api/leaves/queries'
import { LeavesPage } from '@/features/leaves/components/leaves-page'
import { leaveFiltersFromSearch, leavesSearchSchema } from '@/features/leaves/leaves-search'
import { loadQuery } from '@/lib/query-client'
import { memberListQuery, useMemberLookups } from '../-components/queue-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/leaves/')({
  validateSearch: leavesSearchSchema,
  loaderDeps: ({ search }) => leaveFiltersFromSearch(search),
  loader: ({ context: { queryClient }, params: { workspaceId }, deps, preload }) =>
    Promise.all([
      loadQuery(queryClient, leaveQueries.page(workspaceId, deps), { preload }),
      loadQuery(queryClient, leaveQueries.policies(workspaceId), { preload }),
      loadQuery(queryClient, memberListQuery(workspaceId), { preload }),
    ]),
  component: LeavesRoute,
})

function LeavesRoute() {
  const { workspaceId } = Route.useParams()
  const { names, options } = useMemberLookups(workspaceId)
  return <LeavesPage members={options} memberNames={names} />
}
