import { useQueries } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Inbox } from 'lucide-react'
import { navLinkClass } from '@/components/layout/app-shell'
import { inboxQueries } from '../api/queries'
import { kindPlural } from '../kind-labels'

const kinds = ['timesheet', 'time-request', 'leave'] as const

/**
 * The sidebar's Inbox link with what waits per kind. The counts come from the inbox's own queries
 * at background priority: they never delay the page the user is on.
 */
export function InboxNav({ workspaceId }: { workspaceId: number }) {
  const results = useQueries({
    queries: [inboxQueries.timesheets(workspaceId), inboxQueries.timeRequests(workspaceId), inboxQueries.leaves(workspaceId)].map((q) => ({
      ...q,
      meta: { priority: 'background' as const },
    })),
  })
  // Each query holds only what awaits a decision, so its length is the count.
  const counts = results.map((r) => r.data?.length)
  const total = counts.every((c) => c !== undefined) ? counts.reduce((a, b) => a! + b!, 0) : undefined

  return (
    <>
      <Link to="/w/$workspaceId/inbox" params={{ workspaceId }} search={{}} activeOptions={{ includeSearch: false }} className={navLinkClass}>
        <Inbox aria-hidden />
        <span className="flex-1">Inbox</span>
        {total !== undefined && (
          <span className="rounded-full bg-primary px-1.5 text-xs font-medium text-primary-foreground tabular-nums" aria-label={`${total} waiting`}>
            {total}
          </span>
        )}
      </Link>
      <div className="hidden flex-col md:flex">
        {kinds.map((kind, index) => (
          <Link
            key={kind}
            to="/w/$workspaceId/inbox"
            params={{ workspaceId }}
            search={{ kind }}
            activeOptions={{ includeSearch: true }}
            className="flex justify-between rounded-md py-1 pr-3 pl-9 text-xs text-muted-foreground hover:bg-accent hover:text-foreground data-[status=active]:text-foreground"
          >
            <span>{kindPlural[kind]}</span>
            <span className="tabular-nums">{counts[index] ?? '…'}</span>
          </Link>
        ))}
      </div>
    </>
  )
}
