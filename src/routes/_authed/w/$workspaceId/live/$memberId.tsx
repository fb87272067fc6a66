import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod'
import { NotFound } from '@/components/errors/not-found'
import { MemberDayPage } from '@/features/live/components/member-day-page'
import { memberDaySearchSchema } from '@/features/live/live-search'
import { memberQueries } from '@/features/members/api/queries'
import { isApiError } from '@/lib/api/errors'
import { loadQuery } from '@/lib/query-client'

const memberIdSchema = z.coerce.number().int().positive().catch(0)

export const Route = createFileRoute('/_authed/w/$workspaceId/live/$memberId')({
  params: {
    parse: (params) => ({ memberId: memberIdSchema.parse(params.memberId) }),
    stringify: (params) => ({ memberId: String(params.memberId) }),
  },
  validateSearch: memberDaySearchSchema,
  loader: async ({ context: { queryClient }, params, preload }) => {
    if (!params.memberId) throw notFound()
    try {
      await loadQuery(queryClient, memberQueries.detail(params.workspaceId, params.memberId), { preload })
    } catch (error) {
      if (isApiError(error, 'not-found')) throw notFound()
      throw error
    }
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
