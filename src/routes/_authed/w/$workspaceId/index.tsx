import { useQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { memberQueries } from '@/api/members/queries'
import { isApiError } from '@/lib/api/errors'
import { HomePage } from '@/features/home/components/home-page'
import { startHomeReads } from '@/features/home/home-reads'
import { homeSearchSchema } from '@/features/home/home-search'
import { useWorkingNow, workingNowTimeline } from '@/features/live/use-working-now'
import { MemberBreakdown } from '@/features/members/components/member-breakdown'
import { WorkspaceSummary } from '@/features/workspaces/components/workspace-summary'

export const Route = createFileRoute('/_authed/w/$workspaceId/')({
  validateSearch: homeSearchSchema,
  // Every card's read starts here at once and none is awaited: the page paints at once, and each
  // card shows its own skeleton until its data arrives.
  loader: ({ context: { queryClient }, params: { workspaceId }, preload }) => {
    startHomeReads(queryClient, workspaceId, preload)
    void queryClient.prefetchQuery({ ...workingNowTimeline(workspaceId), meta: { priority: preload ? 'background' : 'user' } })
  },
  component: HomeRoute,
})

/** Composes the workspace, the members' breakdown and the Live board's view of who works with Home. */
function HomeRoute() {
  const { workspaceId } = Route.useParams()
  const live = useWorkingNow(workspaceId)
  // A role the API refuses (a Regular User) gets the one plain page, not six failed cards.
  const members = useQuery(memberQueries.list(workspaceId, {}))
  if (isApiError(members.error, 'forbidden')) throw members.error
  return (
    <HomePage
      workspaceId={workspaceId}
      header={
        <>
          <WorkspaceSummary workspaceId={workspaceId} />
          <MemberBreakdown workspaceId={workspaceId} />
        </>
      }
      live={live}
    />
  )
}
