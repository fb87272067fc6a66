import { getRouteApi } from '@tanstack/react-router'
import { Keyboard } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { countByKind, type InboxItem } from '../inbox-items'
import { kindPlural } from '../kind-labels'

const route = getRouteApi('/_authed/w/$workspaceId/inbox')
const kinds = ['timesheet', 'time-request', 'leave'] as const

/** The inbox's title with what waits, and the kind and order pickers (both in the URL). */
export function InboxHeader({ allItems, loadingMore, onHelp }: { allItems: readonly InboxItem[]; loadingMore: boolean; onHelp: () => void }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const counts = countByKind(allItems)
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Inbox</h1>
        <p className="text-muted-foreground">
          {allItems.length === 0
            ? 'Nothing is waiting for a decision.'
            : `${allItems.length} waiting: ${kinds.map((k) => `${counts[k]} ${kindPlural[k].toLowerCase()}`).join(', ')}${loadingMore ? ' so far, loading more…' : '.'}`}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          <span className="text-muted-foreground">Show</span>
          <select
            className="h-9 rounded-md border border-input bg-background px-2 pointer-coarse:h-11"
            value={search.kind}
            onChange={(e) => void navigate({ search: (prev) => ({ ...prev, kind: e.target.value as typeof search.kind, item: undefined }), replace: true })}
          >
            <option value="all">Everything</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindPlural[k]} ({counts[k]})
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          <span className="text-muted-foreground">Order</span>
          <select
            className="h-9 rounded-md border border-input bg-background px-2 pointer-coarse:h-11"
            value={search.order}
            onChange={(e) => void navigate({ search: (prev) => ({ ...prev, order: e.target.value as typeof search.order }), replace: true })}
          >
            <option value="newest">Newest first</option>
            <option value="member">By member</option>
          </select>
        </label>
        {/* A hint for keyboards: touch screens have none. */}
        <Button variant="outline" size="icon" className="pointer-coarse:hidden" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onHelp}>
          <Keyboard aria-hidden />
        </Button>
      </div>
    </div>
  )
}
