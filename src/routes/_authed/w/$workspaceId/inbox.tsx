import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { loadInboxQueues } from '@/api/approvals/queries'
import { InboxPage } from '@/features/inbox/components/inbox-page'
import { inboxSearchSchema } from '@/features/inbox/inbox-search'
import { memberQueries } from '@/api/members/queries'
import { fullName } from '@/api/members/member-name'

export const Route = createFileRoute('/_authed/w/$workspaceId/inbox')({
  validateSearch: inboxSearchSchema,
  // The first page of each queue loads together; the names time requests and leaves need (they
  // carry only a user_id) are read by the page at its own priority, ahead of background work.
  loader: ({ context: { queryClient }, params, preload }) => loadInboxQueues(queryClient, params.workspaceId, preload),
  component: InboxRoute,
})

/** Composes the member list (names) with the inbox, which does not import other features. */
function InboxRoute() {
  const { workspaceId } = Route.useParams()
  // Time requests and leaves carry only a user_id (endpoints.md): the names are part of what the
  // page shows, so they are read for the visible page, not behind background work.
  const members = useQuery({ ...memberQueries.list(workspaceId, {}), meta: { priority: 'page' } })
  const names = useMemo(() => new Map((members.data ?? []).map((m) => [m.id, fullName(m)])), [members.data])
  return <InboxPage memberNames={names} />
}
