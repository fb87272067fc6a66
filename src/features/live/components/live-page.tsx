import { useMemo, useState, useSyncExternalStore } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { Contract } from '@/contract/contracts'
import type { LeaveRequest } from '@/contract/leaves'
import type { Member } from '@/contract/members'
import { useRateBudget } from '@/lib/api/use-rate-budget'
import { contractQueries, WEEK_REFRESH_MS } from '@/api/contracts/queries'
import { minutesByContract } from '@/api/contracts/week-minutes'
import { addDays, mondayOf } from '@/contract/calendar'
import { buildBoard, isWatched, type LiveRow, type LiveState } from '../live-board'
import { liveStoreFor } from '../live-registry'
import { matchesLiveFilters } from '../live-search'
import { localDate } from '../local-day'
import { useLiveRefresh } from '../use-live-refresh'
import { useNow } from '../use-now'
import { usePushedCurrents } from '../use-pushed-currents'
import { ActionNotice, type ActionOutcome } from './action-notice'
import { ClockInDialog } from './clock-in-dialog'
import { LiveFilters } from './live-filters'
import { OthersGroup } from './others-group'
import { PushStatus } from './push-status'
import { TrackingTable } from './tracking-table'

const route = getRouteApi('/_authed/w/$workspaceId/live/')

/** Boards rebuild every few seconds at most; the ticking cells count up on their own. */
const REBUILD_MS = 5_000

export function LivePage({
  members,
  contracts,
  approvedLeaves,
}: {
  members: readonly Member[]
  contracts: readonly Contract[]
  approvedLeaves: readonly LeaveRequest[]
}) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const { store } = liveStoreFor(workspaceId)
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot)
  // With the companion server, who is tracking is pushed; the readings fill in the rest.
  const { push, live, currents } = usePushedCurrents(workspaceId, snapshot)
  const now = useNow()
  const coarseNow = Math.floor(now / REBUILD_MS) * REBUILD_MS
  const today = localDate(coarseNow, null)
  const monday = mondayOf(today)
  // The week's report the Contracts page and Home read too: one request for all three.
  const week = useQuery({
    ...contractQueries.week(workspaceId, { start_date: monday, end_date: addDays(monday, 6) }),
    select: minutesByContract,
    refetchInterval: WEEK_REFRESH_MS,
  })
  const [clockInFor, setClockInFor] = useState<Member | null>(null)
  /** What the last clock-in or clock-out did: done once the vendor said `success: true`, or refused. */
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)

  const watched = useMemo(() => members.filter(isWatched), [members])
  const rows = useMemo(
    () =>
      buildBoard({
        now: coarseNow,
        members: watched,
        contracts,
        approvedLeaves,
        timeline: snapshot.timeline,
        currents,
        weekMinutesByContract: week.data ?? new Map(),
        pushed: live ? push.known : undefined,
      }),
    [coarseNow, watched, contracts, approvedLeaves, snapshot.timeline, currents, week.data, live, push.known],
  )
  const shown = useMemo(() => rows.filter((r) => matchesLiveFilters(r, search)), [rows, search])
  const onScreen = useMemo(() => new Set(shown.map((r) => r.member.id)), [shown])
  useLiveRefresh(workspaceId, watched, onScreen, { live, gaps: push.gaps, known: push.known })

  const groups = useMemo(() => {
    const by: Record<LiveState, LiveRow[]> = { tracking: [], desktop: [], idle: [], 'not-started': [], 'on-leave': [] }
    for (const row of shown) by[row.state].push(row)
    by.tracking.sort((a, b) => b.flags.length - a.flags.length || (a.startedAt ?? Infinity) - (b.startedAt ?? Infinity))
    return by
  }, [shown])
  const projects = useMemo(
    () =>
      [...new Map(contracts.map((c) => [c.project_id, c.project_name ?? `Project #${c.project_id}`]))]
        .map(([id, name]) => ({ value: String(id), label: name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [contracts],
  )
  const checked = rows.filter((r) => r.checkedAt !== null).length
  const timelineRead = rows.filter((r) => r.timelineAt !== null).length

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight">Live</h1>
        <p role="status" className="text-sm text-muted-foreground">
          {groups.tracking.length + groups.desktop.length} tracking of {shown.length}
        </p>
      </div>
      <LiveFilters rows={rows} projects={projects} />
      <BoardProgress total={rows.length} checked={checked} timelineRead={timelineRead} />
      <PushStatus push={push} live={live} />
      <ActionNotice outcome={outcome} onDismiss={() => setOutcome(null)} />
      <TrackingTable workspaceId={workspaceId} rows={[...groups.tracking, ...groups.desktop]} onOutcome={setOutcome} />
      <OthersGroup title="Idle today" rows={groups.idle} workspaceId={workspaceId} onClockIn={setClockInFor} open />
      <OthersGroup title="Not started" rows={groups['not-started']} workspaceId={workspaceId} onClockIn={setClockInFor} />
      <OthersGroup title="On leave" rows={groups['on-leave']} workspaceId={workspaceId} onClockIn={setClockInFor} />
      {clockInFor && (
        <ClockInDialog
          workspaceId={workspaceId}
          member={clockInFor}
          onClose={() => setClockInFor(null)}
          onDone={(text) => {
            setOutcome({ tone: 'done', text })
            setClockInFor(null)
          }}
        />
      )}
    </div>
  )
}

/** How much of the board is known yet, and whether it is holding back for the budget. */
function BoardProgress({ total, checked, timelineRead }: { total: number; checked: number; timelineRead: number }) {
  const budget = useRateBudget()
  const waiting = budget.pausedUntil !== null
  return (
    <p className="text-xs text-muted-foreground">
      Today&apos;s timeline read for {timelineRead} of {total} members; live tracker checked for {checked}. The board refreshes within the request budget (
      {budget.remaining} of {budget.limit} left this minute)
      {waiting ? ', paused: WebWork asked to wait' : ''}; desktop-app trackers are not visible live.
    </p>
  )
}
