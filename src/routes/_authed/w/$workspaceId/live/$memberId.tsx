import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFound } from '@/components/errors/not-found'
import { MemberDayPage } from '@/features/live/components/member-day-page'
import { memberDaySearchSchema } from '@/features/live/live-search'
import { memberQueries } from '@/api/members/queries'
import { loadQuery, notFoundOn404 } from '@/lib/query-client'
import { pathIdParam } from '@/utils/search-params'

export const Route = createFileRoute('/_authed/w/$workspaceId/live/$memberId')({
  params: {
    parse: (params) => ({ memberId: pathIdParam.parse(params.memberId) }),
    stringify: (params) => ({ memberId: String(params.memberId) }),
  },
  validateSearch: memberDaySearchSchema,
  loader: ({ context: { queryClient }, params, preload }) => {
    if (!params.memberId) throw notFound()
    return notFoundOn404(loadQuery(queryClient, memberQueries.detail(params.workspaceId, params.memberId), { preload }))
  },
  notFoundComponent: () => <NotFound what="member" />,
  component: MemberDayRoute,
})

/** Composes the member (members feature) with their day (live feature). */
function MemberDayRoute() {
  const { workspaceId, memberId } = Route.useParams()
  const { data: member } = useSuspenseQuery(memberQueries.detail(workspaceId, memberId))
  return <MemberDayPage member={member} />
}
