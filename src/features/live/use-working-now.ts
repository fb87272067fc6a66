import { useMemo, useSyncExternalStore } from 'react'
import { useQuery } from '@tanstack/react-query'
import { contractQueries } from '@/api/contracts/queries'
import { initials, personLabel } from '@/api/members/member-name'
import { memberQueries } from '@/api/members/queries'
import { reportQueries } from '@/api/reports/queries'
import type { Contract } from '@/contract/contracts'
import type { Member } from '@/contract/members'
import type { TimelineUser } from '@/contract/reports'
import { localDay } from '@/utils/search-params'
import { DESKTOP_RECENT_MS, type CurrentReading } from './live-board'
import { liveStoreFor } from './live-registry'
import { useNow } from './use-now'
import { usePushedCurrents } from './use-pushed-currents'

// Who is working now, read-only, for pages beside the Live board (Home): what the board's store
// already holds (current-data it checked in this tab), the companion server's push laid over it
// when there is one, and one cheap read, today's timeline, where desktop sessions show as they
// upload. It never starts the board's per-member polling: without the push, trackers started in
// the browser or through the API appear once the board has checked them.

export interface WorkingMember {
  userId: number
  name: string
  /** For the avatar: the member list's names, else the first letter of what the timeline says. */
  initials: string
  projectName?: string
  taskName?: string
  /** current-data saw a running tracker, or the desktop app's latest timeline entry ended moments ago. */
  source: 'tracker' | 'desktop'
}

/** Today's timeline on the viewer's calendar: the Reports timeline of today reads the same key. */
export const workingNowTimeline = (workspaceId: number, date = localDay()) => ({
  ...reportQueries.timeline(workspaceId, { start: date, end: date }, {}),
  // Working now is about minutes: older than one, the list is re-read (one request).
  staleTime: 60_000,
})

/** Everyone seen working, by name: a tracker current-data saw, else a desktop session in the timeline. */
export function workingMembers(input: {
  currents: ReadonlyMap<number, CurrentReading>
  timeline: readonly TimelineUser[]
  members: readonly Member[]
  contracts: readonly Contract[]
  now: number
}): WorkingMember[] {
  const members = new Map(input.members.map((m) => [m.id, m]))
  const projects = new Map(input.contracts.map((c) => [c.id, c.project_name]))
  const person = (userId: number, fallback?: string) => {
    const member = members.get(userId)
    const name = member ? personLabel(member, userId) : (fallback ?? `Member #${userId}`)
    return { userId, name, initials: (member && initials(member)) || name.charAt(0).toUpperCase() }
  }
  const working = new Map<number, WorkingMember>()
  for (const user of input.timeline) {
    const last = user.entries.reduce<TimelineUser['entries'][number] | null>(
      (latest, e) => (!latest || Date.parse(e.end) > Date.parse(latest.end) ? e : latest),
      null,
    )
    if (last?.tracking_method !== 'desktop' || input.now - Date.parse(last.end) > DESKTOP_RECENT_MS) continue
    working.set(user.user_id, { ...person(user.user_id, user.name), projectName: last.project_name, taskName: last.task_name, source: 'desktop' })
  }
  for (const [userId, reading] of input.currents) {
    if (!reading.data) continue
    const contractId = reading.data.contract_id
    const projectName = reading.projectName ?? (contractId === undefined ? undefined : projects.get(contractId))
    working.set(userId, { ...person(userId), projectName, taskName: reading.data.task_title, source: 'tracker' })
  }
  return [...working.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.userId - b.userId)
}

/** Minutes are the grain here: rebuilding every half minute is plenty. */
const REBUILD_MS = 30_000

export function useWorkingNow(workspaceId: number) {
  const { store } = liveStoreFor(workspaceId)
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const { currents, live: pushed } = usePushedCurrents(workspaceId, snapshot)
  const timeline = useQuery({ ...workingNowTimeline(workspaceId), refetchInterval: 60_000 })
  const members = useQuery(memberQueries.list(workspaceId, {}))
  const contracts = useQuery(contractQueries.list(workspaceId))
  const now = Math.floor(useNow() / REBUILD_MS) * REBUILD_MS
  const working = useMemo(
    () =>
      workingMembers({
        currents,
        timeline: timeline.data?.users ?? [],
        members: members.data ?? [],
        contracts: contracts.data ?? [],
        now,
      }),
    [currents, timeline.data, members.data, contracts.data, now],
  )
  return {
    working,
    /** When the timeline answered; null until it has. */
    readAt: timeline.data ? timeline.dataUpdatedAt : null,
    /** The companion server pushes who starts and stops: every tracker is known as it changes. */
    pushed,
    /** Members current-data answered for in this tab (0 until the Live board has run). */
    trackersChecked: snapshot.currents.size,
    isPending: timeline.data === undefined && !timeline.isError,
    error: timeline.data === undefined ? timeline.error : null,
    retry: () => void timeline.refetch(),
  }
}
export type WorkingNow = ReturnType<typeof useWorkingNow>
