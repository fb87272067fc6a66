import { createFileRoute } from '@tanstack/react-router'
import { ListHeader } from '@/components/data/list-header'
import { projectViewerQueries } from '@/api/project-viewers/queries'
import { ViewersPanel } from '@/features/project-viewers/components/viewers-panel'
import { loadQuery } from '@/lib/query-client'
import { teamMembersQuery, teamProjectsQuery, useTeamOptions } from '../-components/team-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/project-viewers/')({
  loader: ({ context: { queryClient }, params: { workspaceId }, preload }) =>
    Promise.all([
      loadQuery(queryClient, projectViewerQueries.list(workspaceId), {
        preload,
      }),
      loadQuery(queryClient, teamMembersQuery(workspaceId), { preload }),
      loadQuery(queryClient, teamProjectsQuery(workspaceId), { preload }),
    ]),
  component: ProjectViewersRoute,
})

function ProjectViewersRoute() {
  const { workspaceId } = Route.useParams()
  const { projects } = useTeamOptions(workspaceId)
  return (
    <div className="flex flex-col gap-4">
      <ViewersPanel
        workspaceId={workspaceId}
        projects={projects}
        heading={(count, invite) => <ListHeader title="Project viewers" count={`${count} ${count === 1 ? 'viewer' : 'viewers'}`} actions={invite} />}
      />
    </div>
  )
}
