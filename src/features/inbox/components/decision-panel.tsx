import { Check, X } from 'lucide-react'
import type { LeaveRequest } from '@/contract/leaves'
import { NotOffered } from '@/components/data/not-offered'
import { Button } from '@/components/ui/button'
import { useCapability } from '@/lib/api/capabilities'
import { formatDateTime } from '@/utils/format'
import type { InboxItem } from '../inbox-items'
import { kindLabel, memberLabel, periodLabel } from '../kind-labels'
import type { InboxRecord } from '../use-inbox'
import { LeaveContext } from './leave-context'
import { TimeRequestContext } from './time-request-context'
import { TimesheetContext } from './timesheet-context'

/**
 * The selected item with what the decision needs, and the two buttons. Leave decisions are not in
 * the vendor's docs: where the API lacks them the leave stays here with its context, read-only,
 * and one plain line says so instead of the buttons.
 */
export function DecisionPanel({
  workspaceId,
  item,
  record,
  pendingLeaves,
  memberNames,
  onApprove,
  onReject,
}: {
  workspaceId: number
  item: InboxItem
  record: InboxRecord | undefined
  pendingLeaves: readonly LeaveRequest[]
  memberNames: ReadonlyMap<number, string>
  onApprove: () => void
  onReject: () => void
}) {
  const leaveDecisions = useCapability('leave-decisions')
  const decidable = item.kind !== 'leave' || leaveDecisions
  return (
    // On narrow screens the panel comes first: the decision is what the page is for.
    <section aria-labelledby="decision-title" className="order-first flex flex-col gap-4 rounded-lg border p-4 lg:order-none">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs text-muted-foreground">{kindLabel[item.kind]}</p>
          <h2 id="decision-title" className="text-base font-semibold">
            {memberLabel(item)} · {periodLabel(item)}
          </h2>
          {item.submittedAt && <p className="text-xs text-muted-foreground">Submitted {formatDateTime(item.submittedAt)}</p>}
        </div>
        {decidable ? (
          <div className="flex gap-2">
            <Button onClick={onApprove} aria-keyshortcuts="a">
              <Check aria-hidden /> Approve <kbd className="ml-1 text-xs opacity-60">a</kbd>
            </Button>
            <Button variant="outline" onClick={onReject} aria-keyshortcuts="r">
              <X aria-hidden /> Reject <kbd className="ml-1 text-xs opacity-60">r</kbd>
            </Button>
          </div>
        ) : (
          <NotOffered capability="leave-decisions" className="max-w-xs" />
        )}
      </header>
      {record?.kind === 'timesheet' && <TimesheetContext workspaceId={workspaceId} timesheet={record.record} />}
      {record?.kind === 'time-request' && <TimeRequestContext workspaceId={workspaceId} request={record.record} />}
      {record?.kind === 'leave' && (
        <LeaveContext workspaceId={workspaceId} leave={record.record} pendingLeaves={pendingLeaves} memberNames={memberNames} />
      )}
    </section>
  )
}
