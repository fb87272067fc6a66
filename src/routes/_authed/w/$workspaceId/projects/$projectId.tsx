import { personLabel } from '@/api/members/member-name'
import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFound } from '@/components/errors/not-found'
import { contractQueries } from '@/api/contracts/queries'
import { ProjectContracts } from '@/features/contracts/components/project-contracts'
import { projectQueries } from '@/api/projects/queries'
import { projectViewerQueries } from '@/api/project-viewers/queries'
import { ViewersPanel } from '@/features/project-viewers/components/viewers-panel'
import { ProjectOverview } from '@/features/projects/components/project-overview'
import { ProjectTasks } from '@/features/tasks/components/project-tasks'
import { loadQuery, notFoundOn404 } from '@/lib/query-client'
import { pathIdParam } from '@/utils/search-params'
import { teamMembersQuery, teamProjectsQuery, useTeamOptions } from '../-components/team-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/projects/$projectId')({
  params: {
    parse: (params) => ({ projectId: pathIdParam.parse(params.projectId) }),
    stringify: (params) => ({ projectId: String(params.projectId) }),
  },
  loader: async ({ context: { queryClient }, params: { workspaceId, projectId }, preload }) => {
    if (!projectId) throw notFound()
    await notFoundOn404(
      Promise.all([
        loadQuery(queryClient, projectQueries.detail(workspaceId, projectId), {
          preload,
        }),
        loadQuery(queryClient, contractQueries.list(workspaceId), { preload }),
        loadQuery(queryClient, teamMembersQuery(workspaceId), { preload }),
        loadQuery(queryClient, teamProjectsQuery(workspaceId), { preload }),
        loadQuery(queryClient, projectViewerQueries.list(workspaceId), {
          preload,
        }),
      ]),
    )
  },
  notFoundComponent: () => <NotFound what="project" />,
  component: ProjectRoute,
})

/** The project's own page composes the features that hang off a project. */
function ProjectRoute() {
  const { workspaceId, projectId } = Route.useParams()
  const { data: project } = useSuspenseQuery(projectQueries.detail(workspaceId, projectId))
  const { workers, projects } = useTeamOptions(workspaceId)
  const { data: contracts } = useSuspenseQuery(contractQueries.list(workspaceId))
  const editable = project.status === 1
  const option = { id: project.id, name: project.name }
  // Only members with a contract on the project can be assigned its tasks (the API says 422).
  const assignable = contracts
    .filter((c) => c.project_id === project.id && c.status === 'active')
    .map((c) => ({
      id: c.user_id,
      name: personLabel({ firstname: c.user_firstname, lastname: c.user_lastname }, c.user_id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return (
    <div className="flex flex-col gap-6">
      <ProjectOverview />
      <ProjectContracts workspaceId={workspaceId} project={option} members={workers} editable={editable} />
      {/* Tasks load only here, once the project is on screen: one request, assignees included. */}
      <ProjectTasks workspaceId={workspaceId} projectId={project.id} candidates={assignable} editable={editable} />
      <section aria-labelledby="project-viewers" className="flex flex-col gap-2">
        <ViewersPanel
          workspaceId={workspaceId}
          projects={projects}
          project={option}
          heading={(count, invite) => (
            <div className="flex items-center justify-between">
              <h2 id="project-viewers" className="text-base font-semibold">
                Viewers <span className="font-normal text-muted-foreground">{count}</span>
              </h2>
              {editable && invite}
            </div>
          )}
        />
      </section>
    </div>
  )
}
