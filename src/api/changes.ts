import { useQueryClient, type Query, type QueryClient, type QueryFilters } from '@tanstack/react-query'
import { isApiError } from '@/lib/api/errors'
import type { InboxKind } from './approvals/kinds'
import { contractKeys } from './contracts/queries'
import { expenseKeys } from './expenses/queries'
import { memberKeys } from './members/queries'
import { projectViewerKeys } from './project-viewers/queries'
import { projectKeys } from './projects/queries'
import { reportKeys } from './reports/queries'
import { taskKeys } from './tasks/queries'
import { timeEntryKeys } from './time-tracking/queries'
import { timesheetKeys } from './timesheets/queries'
import { webhookKeys } from './webhooks/queries'
import { leaveKeys } from './leaves/queries'
import { timeRequestKeys } from './time-requests/queries'

// What each change makes stale, in one place. Every mutation says what it changed; this map says
// which cached reads show that data, narrowed by workspace, member and day where the keys allow,
// so a change refreshes every page that counts it and nothing else.

export type Change =
  /** Tracked time of one member on one day: an entry added, edited or deleted, a tracker stopped. */
  | { type: 'tracked-time'; workspaceId: number; userId: number; date: string }
  | { type: 'decision'; workspaceId: number; kind: InboxKind }
  | { type: 'timesheet-submission'; workspaceId: number }
  | { type: 'member'; workspaceId: number }
  | { type: 'project'; workspaceId: number }
  | { type: 'contract'; workspaceId: number }
  | { type: 'task'; workspaceId: number; projectId: number }
  | { type: 'expense'; workspaceId: number }
  | { type: 'project-viewer'; workspaceId: number }
  | { type: 'webhook'; workspaceId: number }

const isRange = (value: unknown): value is { start_date: string; end_date: string } =>
  typeof value === 'object' && value !== null && 'start_date' in value && 'end_date' in value

/** A query whose key carries a day range (`start, end` or `{start_date, end_date}`) holding `date`. */
function coversDate(date: string) {
  return (query: Query) => {
    const key = query.queryKey
    for (let i = 0; i < key.length; i++) {
      const part = key[i]
      if (isRange(part)) return part.start_date <= date && date <= part.end_date
      const next = key[i + 1]
      if (typeof part === 'string' && typeof next === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(part) && /^\d{4}-\d{2}-\d{2}$/.test(next))
        return part <= date && date <= next
    }
    return false
  }
}

const decisionRoots: Record<InboxKind, (workspaceId: number) => readonly unknown[]> = {
  timesheet: timesheetKeys.workspace,
  'time-request': timeRequestKeys.workspace,
  leave: leaveKeys.workspace,
}

/** The cached reads a change makes stale. */
export function staleReads(change: Change): QueryFilters[] {
  const { workspaceId } = change
  switch (change.type) {
    case 'tracked-time': {
      const onThatDay = coversDate(change.date)
      return [
        { queryKey: timeEntryKeys.day(workspaceId, change.userId, change.date) },
        // Totals: timesheets (their pages and the inbox's queue), reports and week figures that
        // hold the day, and projects' tracked time over a range holding it.
        { queryKey: timesheetKeys.workspace(workspaceId) },
        { queryKey: reportKeys.workspace(workspaceId), predicate: onThatDay },
        { queryKey: [...contractKeys.workspace(workspaceId), 'week'], predicate: onThatDay },
        { queryKey: projectKeys.workspace(workspaceId), predicate: onThatDay },
      ]
    }
    case 'decision':
      return [{ queryKey: decisionRoots[change.kind](workspaceId) }]
    case 'timesheet-submission':
      return [{ queryKey: timesheetKeys.workspace(workspaceId) }]
    case 'member':
      // Contracts carry their member's name.
      return [{ queryKey: memberKeys.workspace(workspaceId) }, { queryKey: [...contractKeys.workspace(workspaceId), 'list'] }]
    case 'project':
      // Contracts carry their project's name.
      return [{ queryKey: projectKeys.workspace(workspaceId) }, { queryKey: [...contractKeys.workspace(workspaceId), 'list'] }]
    case 'contract':
      // Projects count their contracts.
      return [{ queryKey: contractKeys.workspace(workspaceId) }, { queryKey: projectKeys.workspace(workspaceId) }]
    case 'task':
      return [{ queryKey: taskKeys.project(workspaceId, change.projectId) }]
    case 'expense':
      return [{ queryKey: expenseKeys.workspace(workspaceId) }]
    case 'project-viewer':
      return [{ queryKey: projectViewerKeys.list(workspaceId) }]
    case 'webhook':
      return [{ queryKey: webhookKeys.workspace(workspaceId) }]
  }
}

export const invalidateChange = (queryClient: QueryClient, change: Change) =>
  Promise.all(staleReads(change).map((filters) => queryClient.invalidateQueries(filters)))

/**
 * A mutation's `onSettled` that re-reads what `change` touched. A 422 usually changed nothing, so
 * its messages show at once instead of after a refetch; where a 422 means the record changed
 * meanwhile (a state machine's "not in this status"), `afterRefusal` re-reads then too.
 */
export function useRereadOnSettled<TVariables>(change: (variables: TVariables) => Change, { afterRefusal = false } = {}) {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null, variables: TVariables) =>
    isApiError(error, 'validation') && !afterRefusal ? undefined : invalidateChange(queryClient, change(variables))
}
