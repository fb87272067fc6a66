import { createFileRoute, redirect } from '@tanstack/react-router'
import { NoWorkspace } from '@/features/workspaces/components/no-workspace'
import { workspaceQueries } from '@/api/workspaces/queries'
import { loadQuery } from '@/lib/query-client'

// `/` opens the first workspace; its id then lives in the URL.
export const Route = createFileRoute('/_authed/')({
  loader: async ({ context: { queryClient }, preload }) => {
    await loadQuery(queryClient, workspaceQueries.list(), { preload: false })
    const first = queryClient.getQueryData(workspaceQueries.list().queryKey)?.[0]
    if (first && !preload) throw redirect({ to: '/w/$workspaceId', params: { workspaceId: first.id } })
  },
  component: NoWorkspace,
})
