import { useCallback, useEffect, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { Check, Keyboard, X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { NOT_OFFERED, useCapability } from '@/lib/api/capabilities'
import { errorTitles, isApiError } from '@/lib/api/errors'
import { usePrefetchContext } from '../context-queries'
import { isAlreadyDecided, isUnknownOutcome, stillPending, useDecide } from '@/api/approvals/mutations'
import type { Decision } from '@/api/approvals/requests'
import { bulkDecide } from '../bulk-decide'
import { countByKind, type InboxItem } from '../inbox-items'
import { commandForKey } from '../inbox-keys'
import { describeItem, kindLabel, kindPlural } from '../kind-labels'
import { readReasonDraft, saveReasonDraft } from '../reason-drafts'
import { neighbourOf, useInbox } from '../use-inbox'
import { BulkDialog, type BulkState } from './bulk-dialog'
import { DecisionPanel } from './decision-panel'
import { InboxList } from './inbox-list'
import { OutcomeLog, useOutcomes } from './outcome-log'
import { RejectDialog } from './reject-dialog'
import { ShortcutsDialog } from './shortcuts-dialog'

const route = getRouteApi('/_authed/w/$workspaceId/inbox')

type RejectState = { items: InboxItem[]; error?: string }

function explain(error: unknown): string {
  if (isApiError(error, 'not-offered')) return error.message
  if (isAlreadyDecided(error)) return 'It was already decided elsewhere (or removed); the list has been refreshed.'
  if (isApiError(error)) return `${errorTitles[error.kind]}: ${error.message}`
  return error instanceof Error ? error.message : String(error)
}

/** One queue for every pending decision, cleared with buttons or the keyboard. */
export function InboxPage({ memberNames }: { memberNames: ReadonlyMap<number, string> }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { items: allItems, records, pendingLeaves, loadingMore } = useInbox(workspaceId, memberNames, search.order)
  const items = search.kind === 'all' ? allItems : allItems.filter((i) => i.kind === search.kind)
  const current = items.find((i) => i.key === search.item) ?? items[0]
  // Where the cursor goes after a decision or `j`: its context is ready before it is needed.
  const nextKey = current && neighbourOf(items, current.key)
  usePrefetchContext(workspaceId, nextKey ? records.get(nextKey) : undefined)
  const decideMutation = useDecide(workspaceId)
  const queryClient = useQueryClient()
  const { outcomes, report } = useOutcomes()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [rejecting, setRejecting] = useState<RejectState | null>(null)
  const [bulk, setBulk] = useState<BulkState | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const dialogOpen = rejecting !== null || bulk !== null || helpOpen
  // Leave decisions are not in the vendor's docs: once the API shows it lacks them, pending leaves
  // stay in the list read-only, and no button, key or bulk action tries them.
  const leaveDecisions = useCapability('leave-decisions')
  const decidable = (item: InboxItem) => item.kind !== 'leave' || leaveDecisions

  const open = useCallback(
    (key: string | undefined) => void navigate({ search: (prev) => ({ ...prev, item: key }), replace: true }),
    [navigate],
  )

  /** The connection dropped before WebWork answered: say so, read the item again, then say what happened. */
  const settleUnknownOutcome = useCallback(
    async (item: InboxItem, decision: Decision) => {
      const done = decision === 'approve' ? 'approved' : 'rejected'
      report('warning', `${describeItem(item)}: the connection dropped before WebWork answered; it may have been ${done} — checking…`)
      let pending: boolean
      try {
        pending = await stillPending(queryClient, workspaceId, item)
      } catch {
        return report('warning', `${describeItem(item)}: could not check whether it was ${done}. Reload the inbox before deciding it again.`)
      }
      if (!pending) {
        if (decision === 'reject') saveReasonDraft(workspaceId, item.key, '')
        return report('success', `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${describeItem(item)} (checked after the connection dropped).`)
      }
      report('danger', `Not ${done}: ${describeItem(item)} is still waiting (checked after the connection dropped). It is back in the list.`)
      open(item.key)
    },
    [open, queryClient, report, workspaceId],
  )

  const decideOne = useCallback(
    (item: InboxItem, decision: Decision, reason?: string) => {
      if (item.key === current?.key) open(neighbourOf(items, item.key))
      setSelected((s) => new Set([...s].filter((k) => k !== item.key)))
      decideMutation.mutate(
        { item, decision, reason },
        {
          onSuccess: () => {
            if (decision === 'reject') saveReasonDraft(workspaceId, item.key, '')
            report('success', `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${describeItem(item)}.`)
          },
          onError: (error) => {
            if (isApiError(error, 'not-offered')) {
              open(item.key)
              return report('warning', `${describeItem(item)}: ${NOT_OFFERED} It stays in the list.`)
            }
            if (isAlreadyDecided(error)) return report('warning', `${describeItem(item)}: ${explain(error)}`)
            if (isUnknownOutcome(error)) return void settleUnknownOutcome(item, decision)
            report('danger', `Could not ${decision} ${describeItem(item)}: ${explain(error)} It is back in the list.`)
            open(item.key)
            // The typed reason is still in the draft; ask again with the error beside it.
            if (decision === 'reject') setRejecting({ items: [item], error: explain(error) })
          },
        },
      )
    },
    [current?.key, decideMutation, items, open, report, settleUnknownOutcome, workspaceId],
  )

  const runBulk = useCallback(
    async (decision: Decision, targets: InboxItem[], reason?: string) => {
      setBulk({ step: 'running', decision, items: targets, done: 0 })
      setSelected(new Set())
      const outcome = await bulkDecide(targets, (item) => decideMutation.mutateAsync({ item, decision, reason }), {
        describeError: explain,
        onProgress: (done) => setBulk({ step: 'running', decision, items: targets, done }),
      })
      setBulk({ step: 'summary', decision, outcome })
    },
    [decideMutation],
  )

  const selectedItems = items.filter((i) => selected.has(i.key))
  const undecidable = selectedItems.filter((i) => !decidable(i)).length
  /** What a decision may act on; leaves the API cannot decide are skipped, and the log says so. */
  const actionable = (targets: InboxItem[]) => {
    const skipped = targets.filter((i) => !decidable(i))
    if (skipped.length === 1) report('warning', `${describeItem(skipped[0]!)}: ${NOT_OFFERED}`)
    if (skipped.length > 1) report('warning', `${skipped.length} leave requests skipped: ${NOT_OFFERED}`)
    return targets.filter(decidable)
  }
  const approve = () => {
    const targets = actionable(selectedItems.length > 0 ? selectedItems : current ? [current] : [])
    if (selectedItems.length > 0 && targets.length > 0) setBulk({ step: 'confirm', decision: 'approve', items: targets })
    else if (targets[0]) decideOne(targets[0], 'approve')
  }
  const reject = () => {
    const targets = actionable(selectedItems.length > 0 ? selectedItems : current ? [current] : [])
    if (targets.length > 0) setRejecting({ items: targets })
  }
  const toggle = (key: string) => setSelected((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])))

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event)
      if (!command || dialogOpen) return
      event.preventDefault()
      const index = items.findIndex((i) => i.key === current?.key)
      if (command === 'next') open(items[Math.min(items.length - 1, index + 1)]?.key)
      if (command === 'previous') open(items[Math.max(0, index - 1)]?.key)
      if (command === 'toggle-select' && current) toggle(current.key)
      if (command === 'approve') approve()
      if (command === 'reject') reject()
      if (command === 'help') setHelpOpen(true)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  const counts = countByKind(allItems)
  const rejectKey = rejecting?.items.length === 1 ? rejecting.items[0]!.key : undefined

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Inbox</h1>
          <p className="text-muted-foreground">
            {allItems.length === 0
              ? 'Nothing is waiting for a decision.'
              : `${allItems.length} waiting: ${(['timesheet', 'time-request', 'leave'] as const).map((k) => `${counts[k]} ${kindPlural[k].toLowerCase()}`).join(', ')}${loadingMore ? ' so far, loading more…' : '.'}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2">
            <span className="text-muted-foreground">Show</span>
            <select
              className="h-9 rounded-md border border-input bg-background px-2"
              value={search.kind}
              onChange={(e) => void navigate({ search: (prev) => ({ ...prev, kind: e.target.value as typeof search.kind, item: undefined }), replace: true })}
            >
              <option value="all">Everything</option>
              {(['timesheet', 'time-request', 'leave'] as const).map((k) => (
                <option key={k} value={k}>
                  {kindPlural[k]} ({counts[k]})
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <span className="text-muted-foreground">Order</span>
            <select
              className="h-9 rounded-md border border-input bg-background px-2"
              value={search.order}
              onChange={(e) => void navigate({ search: (prev) => ({ ...prev, order: e.target.value as typeof search.order }), replace: true })}
            >
              <option value="newest">Newest first</option>
              <option value="member">By member</option>
            </select>
          </label>
          <Button variant="outline" size="icon" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setHelpOpen(true)}>
            <Keyboard aria-hidden />
          </Button>
        </div>
      </div>

      {selected.size > 0 && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/40 px-3 py-2">
          <span className="font-medium">{selectedItems.length} selected</span>
          {undecidable > 0 && (
            <span className="text-muted-foreground">
              ({undecidable} {undecidable === 1 ? 'leave is' : 'leaves are'} read-only and will be skipped)
            </span>
          )}
          <Button size="sm" onClick={approve} disabled={selectedItems.length === undecidable}>
            <Check aria-hidden /> Approve {selectedItems.length - undecidable}
          </Button>
          <Button size="sm" variant="outline" onClick={reject} disabled={selectedItems.length === undecidable}>
            <X aria-hidden /> Reject {selectedItems.length - undecidable}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            Clear selection
          </Button>
        </div>
      )}

      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed p-10 text-center text-muted-foreground">
          {allItems.length === 0 ? 'All clear: every timesheet, time request and leave has been decided.' : `No ${kindPlural[search.kind as keyof typeof kindPlural]?.toLowerCase()} waiting.`}
        </div>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(18rem,2fr)_3fr]">
          <div className="lg:max-h-[calc(100dvh-12rem)] lg:overflow-y-auto">
            <InboxList items={items} currentKey={current?.key} selected={selected} onOpen={open} onToggle={toggle} />
          </div>
          {current && (
            <DecisionPanel
              workspaceId={workspaceId}
              item={current}
              record={records.get(current.key)}
              pendingLeaves={pendingLeaves}
              memberNames={memberNames}
              onApprove={() => decideOne(current, 'approve')}
              onReject={() => setRejecting({ items: [current] })}
            />
          )}
        </div>
      )}

      <RejectDialog
        open={rejecting !== null}
        title={rejecting?.items.length === 1 ? `Reject ${kindLabel[rejecting.items[0]!.kind].toLowerCase()}` : `Reject ${rejecting?.items.length} items`}
        description={rejecting?.items.length === 1 ? describeItem(rejecting.items[0]!) : 'The same reason is sent with each item.'}
        initialReason={rejectKey ? readReasonDraft(workspaceId, rejectKey) : ''}
        error={rejecting?.error}
        submitLabel={rejecting && rejecting.items.length > 1 ? `Reject ${rejecting.items.length}` : 'Reject'}
        onDraft={rejectKey ? (reason) => saveReasonDraft(workspaceId, rejectKey, reason) : undefined}
        onClose={() => setRejecting(null)}
        onSubmit={(reason) => {
          const targets = rejecting?.items ?? []
          setRejecting(null)
          if (targets.length === 1) decideOne(targets[0]!, 'reject', reason)
          else void runBulk('reject', targets, reason)
        }}
      />
      <BulkDialog state={bulk} onClose={() => setBulk(null)} onConfirm={() => bulk?.step === 'confirm' && void runBulk('approve', bulk.items)} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <OutcomeLog outcomes={outcomes} />
    </div>
  )
}
