import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import type { BulkOutcome } from '../bulk-decide'
import type { InboxItem } from '../inbox-items'
import { describeItem } from '../kind-labels'

export type BulkState =
  | { step: 'confirm'; decision: 'approve'; items: InboxItem[] }
  | { step: 'running'; decision: 'approve' | 'reject'; items: InboxItem[]; done: number }
  | { step: 'summary'; decision: 'approve' | 'reject'; outcome: BulkOutcome<InboxItem> }

/** Confirm a bulk approval, show its progress, then what succeeded and what did not, and why. */
export function BulkDialog({ state, onConfirm, onClose }: { state: BulkState | null; onConfirm: () => void; onClose: () => void }) {
  const verb = state?.decision === 'reject' ? 'Reject' : 'Approve'
  const title =
    state?.step === 'summary' ? `${verb} finished` : state?.step === 'running' ? `${verb === 'Reject' ? 'Rejecting' : 'Approving'}…` : `Approve ${state?.items.length} items?`
  return (
    <Dialog open={state !== null} onClose={() => state?.step !== 'running' && onClose()} title={title}>
      {state?.step === 'confirm' && (
        <>
          <p>Each item is approved in turn, paced by the rate limit; one that fails does not stop the others.</p>
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button autoFocus onClick={onConfirm}>
              Approve {state.items.length}
            </Button>
          </div>
        </>
      )}
      {state?.step === 'running' && (
        <div className="flex flex-col gap-2">
          <progress className="h-2 w-full accent-primary" max={state.items.length} value={state.done} aria-label="Progress" />
          <p role="status" className="tabular-nums text-muted-foreground">
            {state.done} of {state.items.length} done
          </p>
        </div>
      )}
      {state?.step === 'summary' && (
        <>
          <p role="status">
            {state.outcome.succeeded.length} {state.decision === 'reject' ? 'rejected' : 'approved'}
            {state.outcome.failed.length > 0 && `, ${state.outcome.failed.length} not`}.
          </p>
          {state.outcome.failed.length > 0 && (
            <ul className="flex max-h-60 flex-col gap-2 overflow-y-auto">
              {state.outcome.failed.map(({ item, reason }) => (
                <li key={item.key} className="rounded-md border p-2">
                  <div className="font-medium">{describeItem(item)}</div>
                  <div className="text-muted-foreground">{reason}</div>
                </li>
              ))}
            </ul>
          )}
          <div className="flex justify-end">
            <Button autoFocus onClick={onClose}>
              Done
            </Button>
          </div>
        </>
      )}
    </Dialog>
  )
}
