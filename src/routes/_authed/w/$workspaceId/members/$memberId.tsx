import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFound } from '@/components/errors/not-found'
import { memberQueries } from '@/api/members/queries'
import { MemberDetail } from '@/features/members/components/member-detail'
import { loadQuery, notFoundOn404 } from '@/lib/query-client'
import { pathIdParam } from '@/utils/search-params'

export const Route = createFileRoute('/_authed/w/$workspaceId/members/$memberId')({
  params: {
    parse: (params) => ({ memberId: pathIdParam.parse(params.memberId) }),
    stringify: (params) => ({ memberId: String(params.memberId) }),
  },
  loader: ({ context: { queryClient }, params, preload }) => {
    if (!params.memberId) throw notFound()
    return notFoundOn404(loadQuery(queryClient, memberQueries.detail(params.workspaceId, params.memberId), { preload }))
  },
  notFoundComponent: () => <NotFound what="member" />,
  component: MemberDetail,
})
