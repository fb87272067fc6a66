import { Check, X } from 'lucide-react'
import type { LeaveRequest } from '@/contract/leaves'
import { NotOffered } from '@/components/data/not-offered'
import { Button } from '@/components/ui/button'
import { useCapability } from '@/lib/api/capabilities'
import { formatDateTime } from '@/utils/format'
import type { InboxItem } from '../inbox-items'
import { kindLabel, memberLabel, periodLabel } from '../kind-labels'
import type { QueueContext } from '../row-facts'
import { TOUCH_TARGET } from '../touch'
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
  held,
  timeZone,
  onApprove,
  onReject,
}: {
  workspaceId: number
  item: InboxItem
  record: InboxRecord | undefined
  pendingLeaves: readonly LeaveRequest[]
  memberNames: ReadonlyMap<number, string>
  /** What the queue holds for its rows' flags, so the panel does not read it again. */
  held: QueueContext
  /** The member's time zone, if known. */
  timeZone?: string
  onApprove: () => void
  onReject: () => void
}) {
  const leaveDecisions = useCapability('leave-decisions')
  const decidable = item.kind !== 'leave' || leaveDecisions
  return (
    <section aria-labelledby="decision-title" className="flex flex-col gap-4 rounded-lg border p-4 max-lg:rounded-none max-lg:border-0">
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
            <Button className={TOUCH_TARGET} onClick={onApprove} aria-keyshortcuts="a">
              <Check aria-hidden /> Approve <kbd className="ml-1 text-xs opacity-60 pointer-coarse:hidden">a</kbd>
            </Button>
            <Button variant="outline" className={TOUCH_TARGET} onClick={onReject} aria-keyshortcuts="r">
              <X aria-hidden /> Reject <kbd className="ml-1 text-xs opacity-60 pointer-coarse:hidden">r</kbd>
            </Button>
          </div>
        ) : (
          <NotOffered capability="leave-decisions" className="max-w-xs" />
        )}
      </header>
      {record?.kind === 'timesheet' && <TimesheetContext workspaceId={workspaceId} timesheet={record.record} held={held} />}
      {record?.kind === 'time-request' && <TimeRequestContext workspaceId={workspaceId} request={record.record} held={held} timeZone={timeZone} />}
      {record?.kind === 'leave' && <LeaveContext workspaceId={workspaceId} leave={record.record} pendingLeaves={pendingLeaves} memberNames={memberNames} />}
    </section>
  )
}
