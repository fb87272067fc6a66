import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod'
import { NotFound } from '@/components/errors/not-found'
import { memberQueries } from '@/features/members/api/queries'
import { MemberDetail } from '@/features/members/components/member-detail'
import { isApiError } from '@/lib/api/errors'
import { loadQuery } from '@/lib/query-client'

const memberIdSchema = z.coerce.number().int().positive().catch(0)

export const Route = createFileRoute('/_authed/w/$workspaceId/members/$memberId')({
  params: {
    parse: (params) => ({ memberId: memberIdSchema.parse(params.memberId) }),
    stringify: (params) => ({ memberId: String(params.memberId) }),
  },
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
  component: MemberDetail,
})
