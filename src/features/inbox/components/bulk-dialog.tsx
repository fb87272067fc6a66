import { useEffect, useRef } from 'react'
import { AlertTriangle, Check, CircleSlash, X } from 'lucide-react'
import type { BulkOutcome } from '@/api/approvals/decide-many'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { flagText } from '../flag-text'
import type { InboxItem } from '../inbox-items'
import { describeItem } from '../kind-labels'
import type { splitByFlags } from '../row-facts'
import { TOUCH_TARGET } from '../touch'

/** A selection about to be approved, split by what its rows' flags say (see splitByFlags). */
export type BulkSelection = { items: InboxItem[] } & ReturnType<typeof splitByFlags<InboxItem>>

export type BulkState =
  | ({ step: 'confirm'; decision: 'approve' } & BulkSelection)
  | { step: 'running'; decision: 'approve' | 'reject'; items: InboxItem[]; done: number; stopping: boolean }
  | { step: 'summary'; decision: 'approve' | 'reject'; outcome: BulkOutcome<InboxItem> }

/**
 * Confirm a bulk approval (saying what is flagged, and offering to approve only the rest), show its
 * progress with a Stop, then each item's result. Closing while it runs stops it: the item in
 * flight finishes, the rest stay pending.
 */
export function BulkDialog({
  state,
  onConfirm,
  onReview,
  onStop,
  onClose,
}: {
  state: BulkState | null
  onConfirm: (items: InboxItem[]) => void
  /** Look at the flagged items before deciding. */
  onReview: (flagged: InboxItem[]) => void
  onStop: () => void
  onClose: () => void
}) {
  const verb = state?.decision === 'reject' ? 'Reject' : 'Approve'
  const title =
    state?.step === 'summary'
      ? `${verb} ${state.outcome.stopped.length > 0 ? 'stopped' : 'finished'}`
      : state?.step === 'running'
        ? `${verb === 'Reject' ? 'Rejecting' : 'Approving'}…`
        : `Approve ${state?.items.length} items?`
  return (
    <Dialog
      open={state !== null}
      onClose={() => (state?.step === 'running' ? onStop() : onClose())}
      title={title}
      // Room for the four choices of a confirmation with flags on one line.
      className={state?.step === 'confirm' && state.flagged.length > 0 ? 'w-[min(42rem,calc(100vw-2rem))]' : undefined}
    >
      {state?.step === 'confirm' && <BulkConfirm selection={state} onConfirm={onConfirm} onReview={onReview} onClose={onClose} />}
      {state?.step === 'running' && (
        <div className="flex flex-col gap-3">
          <progress className="h-2 w-full accent-primary" max={state.items.length} value={state.done} aria-label="Progress" />
          <p role="status" className="tabular-nums text-muted-foreground">
            {state.stopping ? `Stopping after the item in flight… ${state.done} of ${state.items.length} done` : `${state.done} of ${state.items.length} done`}
          </p>
          <div className="flex justify-end">
            <Button variant="outline" className={TOUCH_TARGET} autoFocus disabled={state.stopping} onClick={onStop}>
              Stop
            </Button>
          </div>
        </div>
      )}
      {state?.step === 'summary' && <BulkSummary decision={state.decision} outcome={state.outcome} onClose={onClose} />}
    </Dialog>
  )
}

function BulkSummary({ decision, outcome, onClose }: { decision: 'approve' | 'reject'; outcome: BulkOutcome<InboxItem>; onClose: () => void }) {
  const done = decision === 'reject' ? 'Rejected' : 'Approved'
  const results = [
    ...outcome.failed.map(({ item, reason }) => ({ item, icon: <X aria-hidden className="text-destructive" />, text: `Not ${done.toLowerCase()}: ${reason}` })),
    ...outcome.stopped.map((item) => ({
      item,
      icon: <CircleSlash aria-hidden className="text-muted-foreground" />,
      text: 'Stopped before it was sent: still pending.',
    })),
    ...outcome.succeeded.map((item) => ({ item, icon: <Check aria-hidden className="text-success" />, text: done })),
  ]
  return (
    <>
      <p role="status">
        {outcome.succeeded.length} {done.toLowerCase()}
        {outcome.failed.length > 0 && `, ${outcome.failed.length} failed`}
        {outcome.stopped.length > 0 && `, ${outcome.stopped.length} left pending`}.
      </p>
      <ul className="flex max-h-72 flex-col divide-y overflow-y-auto rounded-md border" aria-label="Result per item">
        {results.map(({ item, icon, text }) => (
          <li key={item.key} className="flex items-start gap-2 px-3 py-2 [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0">
            {icon}
            <div>
              <div className="font-medium">{describeItem(item)}</div>
              <div className="text-muted-foreground">{text}</div>
            </div>
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <Button className={TOUCH_TARGET} autoFocus onClick={onClose}>
          Done
        </Button>
      </div>
    </>
  )
}

/**
 * The confirmation. Its default button (focused, so Enter takes it) is the safe one: "Approve N"
 * when every item is checked and clear, else "Approve only the unflagged", else "Review them".
 */
function BulkConfirm({
  selection,
  onConfirm,
  onReview,
  onClose,
}: {
  selection: BulkSelection
  onConfirm: (items: InboxItem[]) => void
  onReview: (flagged: InboxItem[]) => void
  onClose: () => void
}) {
  const { items, flagged, unknown, clear } = selection
  const cautious = flagged.length > 0 || unknown.length > 0
  const preferred = !cautious ? 'all' : clear.length > 0 ? 'unflagged' : flagged.length > 0 ? 'review' : 'all'
  const mark = (button: typeof preferred) => ({ 'data-preferred': button === preferred || undefined })
  const actions = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // The native dialog opens after its content mounts and focuses its first button (Cancel);
    // move focus once it has.
    const frame = requestAnimationFrame(() => actions.current?.querySelector<HTMLElement>('[data-preferred]')?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])
  const of = ` of ${items.length}`
  const count = [
    flagged.length > 0 && `${flagged.length}${of} flagged`,
    unknown.length > 0 && `${unknown.length}${flagged.length > 0 ? '' : of} not checked yet`,
  ]
    .filter(Boolean)
    .join(', ')

  return (
    <>
      {cautious && (
        <div role="note" className="flex flex-col gap-2 rounded-md border border-warning/60 p-3">
          <p className="flex items-start gap-2 font-medium">
            <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
            <span>
              {count}: {flagged.length > 0 ? 'review them first?' : 'their limits and leave are still being read.'}
            </span>
          </p>
          {flagged.length > 0 && (
            <ul aria-label="Flagged" className="flex max-h-40 flex-col gap-1 overflow-y-auto text-muted-foreground">
              {flagged.map(({ item, flags }) => (
                <li key={item.key}>
                  <span className="text-foreground">{describeItem(item)}</span>: {flags.map(flagText).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p>Each item is approved in turn, paced by the rate limit; one that fails does not stop the others.</p>
      <div ref={actions} className="flex flex-wrap justify-end gap-2">
        <Button variant="outline" className={TOUCH_TARGET} onClick={onClose}>
          Cancel
        </Button>
        {flagged.length > 0 && (
          <Button variant="outline" className={TOUCH_TARGET} {...mark('review')} onClick={() => onReview(flagged.map((f) => f.item))}>
            Review them
          </Button>
        )}
        {cautious && clear.length > 0 && (
          <Button className={TOUCH_TARGET} {...mark('unflagged')} onClick={() => onConfirm(clear)}>
            Approve only the {clear.length} unflagged
          </Button>
        )}
        <Button variant={cautious ? 'outline' : 'primary'} className={TOUCH_TARGET} {...mark('all')} onClick={() => onConfirm(items)}>
          Approve {cautious ? `all ${items.length}` : items.length}
        </Button>
      </div>
    </>
  )
}
