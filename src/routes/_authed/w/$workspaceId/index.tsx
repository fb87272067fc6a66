import { createFileRoute } from '@tanstack/react-router'
import { memberQueries } from '@/api/members/queries'
import { MemberFiguresCards } from '@/features/members/components/member-figures-cards'
import { WorkspaceSummary } from '@/features/workspaces/components/workspace-summary'
import { loadQuery } from '@/lib/query-client'

export const Route = createFileRoute('/_authed/w/$workspaceId/')({
  loader: ({ context: { queryClient }, params, preload }) =>
    loadQuery(queryClient, memberQueries.list(params.workspaceId, {}), { preload }),
  component: HomePage,
})

function HomePage() {
  const { workspaceId } = Route.useParams()
  return (
    <div className="flex flex-col gap-6">
      <WorkspaceSummary workspaceId={workspaceId} />
      <MemberFiguresCards workspaceId={workspaceId} />
    </div>
  )
}
