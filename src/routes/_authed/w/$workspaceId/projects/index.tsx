import { createFileRoute } from '@tanstack/react-router'
import { projectQueries } from '@/api/projects/queries'
import { ProjectsPage } from '@/features/projects/components/projects-page'
import { projectsSearchSchema } from '@/features/projects/projects-search'
import { loadQuery } from '@/lib/query-client'

export const Route = createFileRoute('/_authed/w/$workspaceId/projects/')({
  validateSearch: projectsSearchSchema,
  // Search and status filter the cached list in the browser: the loader needs neither.
  loader: ({ context: { queryClient }, params, preload }) =>
    loadQuery(queryClient, projectQueries.list(params.workspaceId), {
      preload,
    }),
  component: ProjectsPage,
})
