import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { NOT_OFFERED, useCapability } from '@/lib/api/capabilities'
import { useMemberZones, usePrefetchContext } from '../context-queries'
import type { InboxItem } from '../inbox-items'
import type { InboxCommand } from '../inbox-keys'
import { describeItem, kindLabel, kindPlural } from '../kind-labels'
import { bulkDraftKey, readReasonDraft, saveReasonDraft } from '../reason-drafts'
import { rowFacts, splitByFlags } from '../row-facts'
import { useCursor } from '../use-cursor'
import { useDecisions } from '../use-decisions'
import { useInboxShortcuts } from '../use-inbox-shortcuts'
import { neighbourOf, useInbox } from '../use-inbox'
import { NARROW, useMediaQuery } from '../use-media-query'
import { useQueueContext } from '../use-queue-context'
import { BottomDock } from './bottom-dock'
import { BulkDialog } from './bulk-dialog'
import { DecisionPanel } from './decision-panel'
import { InboxHeader } from './inbox-header'
import { InboxList, rowButton } from './inbox-list'
import { ItemSheet } from './item-sheet'
import { OutcomeLog, useOutcomes } from './outcome-log'
import { RejectDialog } from './reject-dialog'
import { SelectAll } from './select-all'
import { SelectionBar } from './selection-bar'
import { ShortcutsDialog } from './shortcuts-dialog'

const route = getRouteApi('/_authed/w/$workspaceId/inbox')

type RejectState = { items: InboxItem[]; error?: string }

/**
 * One queue for every pending decision, cleared with buttons or the keyboard. Wide screens show
 * the list beside the item; narrow ones show the list, the item as a sheet over it, and the
 * selection bar and outcomes in a dock at the bottom.
 */
export function InboxPage({ memberNames }: { memberNames: ReadonlyMap<number, string> }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { items: allItems, records, pendingLeaves, loadingMore } = useInbox(workspaceId, memberNames, search.order)
  const items = useMemo(() => (search.kind === 'all' ? allItems : allItems.filter((i) => i.kind === search.kind)), [allItems, search.kind])
  const currentKey = useCursor(items, search.item)
  const current = items.find((i) => i.key === currentKey)
  const held = useQueueContext(workspaceId, allItems, !loadingMore)
  const facts = useMemo(() => new Map(allItems.map((i) => [i.key, rowFacts(i, records.get(i.key), held)])), [allItems, records, held])
  const zones = useMemberZones(workspaceId)
  const zoneOf = (item: InboxItem | undefined) => (item?.userId === undefined ? undefined : zones?.get(item.userId))
  // Where the cursor goes after a decision or `j`: its context is ready before it is needed.
  const nextKey = current && neighbourOf(items, current.key)
  usePrefetchContext(workspaceId, nextKey ? records.get(nextKey) : undefined, held, zones)
  const { outcomes, report } = useOutcomes()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [rejecting, setRejecting] = useState<RejectState | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const narrow = useMediaQuery(NARROW)
  // A link to an item opens it; on a narrow screen the list comes first otherwise.
  const [sheetOpen, setSheetOpen] = useState(() => search.item !== undefined)
  const sheetShown = narrow && sheetOpen && current !== undefined
  const [dockHeight, setDockHeight] = useState(0)
  // Leave decisions are not in the vendor's docs: once the API shows it lacks them, pending leaves
  // stay in the list read-only, and no button, key or bulk action tries them.
  const leaveDecisions = useCapability('leave-decisions')
  const decidable = (item: InboxItem) => item.kind !== 'leave' || leaveDecisions

  const open = useCallback((key: string | undefined) => void navigate({ search: (prev) => ({ ...prev, item: key }), replace: true }), [navigate])
  const openRow = (key: string) => {
    open(key)
    if (narrow) setSheetOpen(true)
  }
  // Closing the sheet hands focus back to the item's row, once the dialog has let go of it.
  const focusAfterSheet = useRef<string | undefined>(undefined)
  const closeSheet = () => {
    focusAfterSheet.current = current?.key
    setSheetOpen(false)
  }
  useEffect(() => {
    if (sheetShown || !focusAfterSheet.current) return
    rowButton(focusAfterSheet.current)?.focus()
    focusAfterSheet.current = undefined
  }, [sheetShown])
  // When the dock grows (an outcome arrived), the current row stays clear of it.
  useEffect(() => {
    if (dockHeight > 0 && currentKey) rowButton(currentKey)?.scrollIntoView({ block: 'nearest' })
  }, [dockHeight, currentKey])

  const { decideOne, runBulk, stopBulk, bulk, setBulk } = useDecisions({
    workspaceId,
    report,
    open,
    moveOff: (item) => {
      if (item.key === current?.key) open(neighbourOf(items, item.key))
      setSelected((s) => new Set([...s].filter((k) => k !== item.key)))
    },
    askAgain: (item, error) => setRejecting({ items: [item], error }),
  })

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
    if (selectedItems.length > 0 && targets.length > 0) setBulk({ step: 'confirm', decision: 'approve', items: targets, ...splitByFlags(targets, facts) })
    else if (targets[0]) decideOne(targets[0], 'approve')
  }
  const reject = () => {
    const targets = actionable(selectedItems.length > 0 ? selectedItems : current ? [current] : [])
    if (targets.length > 0) setRejecting({ items: targets })
  }
  const startBulk = (decision: 'approve' | 'reject', targets: InboxItem[], reason?: string) => {
    setSelected(new Set())
    void runBulk(decision, targets, reason)
  }
  /** Look at the flagged ones first: they stay selected, and the cursor goes to the first. */
  const review = (flagged: InboxItem[]) => {
    setBulk(null)
    setSelected(new Set(flagged.map((i) => i.key)))
    if (flagged[0]) openRow(flagged[0].key)
  }
  const toggle = (key: string) => setSelected((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])))
  /** Every item shown (the kind picked) selected, or none of them. */
  const selectAll = (all: boolean) =>
    setSelected((s) => (all ? new Set([...s, ...items.map((i) => i.key)]) : new Set([...s].filter((k) => !items.some((i) => i.key === k)))))

  useInboxShortcuts(
    (command: InboxCommand) => {
      const index = items.findIndex((i) => i.key === current?.key)
      if (command === 'next') open(items[Math.min(items.length - 1, index + 1)]?.key)
      if (command === 'previous') open(items[Math.max(0, index - 1)]?.key)
      if (command === 'toggle-select' && current) toggle(current.key)
      if (command === 'select-all') selectAll(selectedItems.length < items.length)
      if (command === 'approve') approve()
      if (command === 'reject') reject()
      if (command === 'help') setHelpOpen(true)
    },
    rejecting !== null || bulk !== null || helpOpen,
  )

  // A single rejection keeps its reason under the item; several under the selection.
  const draftKey = rejecting && (rejecting.items.length === 1 ? rejecting.items[0]!.key : bulkDraftKey(rejecting.items))

  const selectionBar = selectedItems.length > 0 && (
    <SelectionBar
      count={selectedItems.length}
      shown={items.length}
      undecidable={undecidable}
      onApprove={approve}
      onReject={reject}
      onSelectAll={() => selectAll(true)}
      onClear={() => setSelected(new Set())}
    />
  )
  const panel = current && (
    <DecisionPanel
      workspaceId={workspaceId}
      item={current}
      record={records.get(current.key)}
      pendingLeaves={pendingLeaves}
      memberNames={memberNames}
      held={held}
      timeZone={zoneOf(current)}
      onApprove={() => decideOne(current, 'approve')}
      onReject={() => setRejecting({ items: [current] })}
    />
  )

  return (
    <div className="flex flex-col gap-4" style={narrow ? ({ '--inbox-dock': `${dockHeight}px`, paddingBottom: dockHeight } as CSSProperties) : undefined}>
      <InboxHeader allItems={allItems} loadingMore={loadingMore} onHelp={() => setHelpOpen(true)} />

      {!narrow && selectionBar}

      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed p-10 text-center text-muted-foreground">
          {allItems.length === 0
            ? 'All clear: every timesheet, time request and leave has been decided.'
            : `No ${kindPlural[search.kind as keyof typeof kindPlural]?.toLowerCase()} waiting.`}
        </div>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(18rem,2fr)_3fr]">
          <div className="flex flex-col gap-1 lg:max-h-[calc(100dvh-12rem)] lg:overflow-y-auto">
            <SelectAll shown={items.length} selected={selectedItems.length} kind={search.kind} onChange={selectAll} />
            <InboxList items={items} currentKey={current?.key} selected={selected} facts={facts} onOpen={openRow} onToggle={toggle} />
          </div>
          {!narrow && panel}
        </div>
      )}

      {narrow && current && (
        <ItemSheet
          open={sheetShown}
          label={describeItem(current)}
          onClose={closeSheet}
          log={sheetShown && <OutcomeLog outcomes={outcomes} placement="inline" />}
        >
          {panel}
        </ItemSheet>
      )}
      <RejectDialog
        open={rejecting !== null}
        title={rejecting?.items.length === 1 ? `Reject ${kindLabel[rejecting.items[0]!.kind].toLowerCase()}` : `Reject ${rejecting?.items.length} items`}
        description={rejecting?.items.length === 1 ? describeItem(rejecting.items[0]!) : 'The same reason is sent with each item.'}
        initialReason={draftKey ? readReasonDraft(workspaceId, draftKey) : ''}
        error={rejecting?.error}
        submitLabel={rejecting && rejecting.items.length > 1 ? `Reject ${rejecting.items.length}` : 'Reject'}
        onDraft={draftKey ? (reason) => saveReasonDraft(workspaceId, draftKey, reason) : undefined}
        onClose={() => setRejecting(null)}
        onSubmit={(reason) => {
          const targets = rejecting?.items ?? []
          setRejecting(null)
          if (targets.length === 1) decideOne(targets[0]!, 'reject', reason)
          else startBulk('reject', targets, reason)
        }}
      />
      <BulkDialog state={bulk} onStop={stopBulk} onClose={() => setBulk(null)} onReview={review} onConfirm={(targets) => startBulk('approve', targets)} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      {narrow ? (
        <BottomDock onHeight={setDockHeight}>
          {!sheetShown && <OutcomeLog outcomes={outcomes} placement="inline" />}
          {selectionBar}
        </BottomDock>
      ) : (
        <OutcomeLog outcomes={outcomes} />
      )}
    </div>
  )
}
