import { useState } from 'react'
import { useIsFetching, useQueries } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Inbox } from 'lucide-react'
import { navLinkClass } from '@/components/layout/app-shell'
import { countText, inboxQueries, type InboxCount } from '@/api/approvals/queries'
import { kindPlural } from '../kind-labels'

const kinds = ['timesheet', 'time-request', 'leave'] as const

/**
 * The sidebar's Inbox link with what waits per kind: one request per kind (a page of one row
 * carries the total), sent at background priority once the page on screen has its data, so the
 * badge never delays what the user opened.
 */
export function InboxNav({ workspaceId }: { workspaceId: number }) {
  const idle = useIsFetching() === 0
  const [ready, setReady] = useState(false)
  if (idle && !ready) setReady(true)
  const results = useQueries({
    queries: kinds.map((kind) => ({ ...inboxQueries.count(workspaceId, kind), enabled: ready, meta: { priority: 'background' as const } })),
  })
  const counts = results.map((r) => r.data)
  const known = counts.every((c): c is InboxCount => c !== undefined) ? counts : undefined
  const total = known && countText({ total: known.reduce((sum, c) => sum + c.total, 0), atLeast: known.some((c) => c.atLeast) })

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
      <div className="flex flex-col">
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
            <span className="tabular-nums">{counts[index] ? countText(counts[index]) : '…'}</span>
          </Link>
        ))}
      </div>
    </>
  )
}
