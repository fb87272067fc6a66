import { createFileRoute } from '@tanstack/react-router'
import { contractQueries } from '@/api/contracts/queries'
import { ContractsPage } from '@/features/contracts/components/contracts-page'
import { contractsSearchSchema } from '@/features/contracts/contracts-search'
import { loadQuery } from '@/lib/query-client'
import { teamMembersQuery, teamProjectsQuery, useTeamOptions } from '../-components/team-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/contracts/')({
  validateSearch: contractsSearchSchema,
  loader: ({ context: { queryClient }, params: { workspaceId }, preload }) =>
    Promise.all([
      loadQuery(queryClient, contractQueries.list(workspaceId), { preload }),
      loadQuery(queryClient, teamMembersQuery(workspaceId), { preload }),
      loadQuery(queryClient, teamProjectsQuery(workspaceId), { preload }),
    ]),
  component: ContractsRoute,
})

function ContractsRoute() {
  const { workspaceId } = Route.useParams()
  const { workers, projects } = useTeamOptions(workspaceId)
  return <ContractsPage members={workers} projects={projects} />
}
