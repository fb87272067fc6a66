import { createFileRoute } from '@tanstack/react-router'
import { memberQueries } from '@/api/members/queries'
import { MembersPage } from '@/features/members/components/members-page'
import { memberFiltersFromSearch, membersSearchSchema } from '@/features/members/members-search'
import { loadQuery } from '@/lib/query-client'

export const Route = createFileRoute('/_authed/w/$workspaceId/members/')({
  validateSearch: membersSearchSchema,
  // Sorting happens in the browser: only the filters reach the API.
  loaderDeps: ({ search }) => memberFiltersFromSearch(search),
  loader: ({ context: { queryClient }, params, deps, preload }) => loadQuery(queryClient, memberQueries.list(params.workspaceId, deps), { preload }),
  component: MembersPage,
})
