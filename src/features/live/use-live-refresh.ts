import { useEffect, useRef } from 'react'
import type { Member } from '@/contract/members'
import { api } from '@/lib/api/client'
import { isApiError } from '@/lib/api/errors'
import { currentTracker, timelinePage } from '@/api/time-tracking/requests'
import { liveStoreFor } from './live-registry'
import { localDate } from './local-day'
import { defaultSchedulerConfig, onRateLimited, planTick, reconcileSchedulerConfig, type Candidate, type Job, type Tier } from './refresh-scheduler'
import type { LiveSnapshot } from './live-store'

const TICK_MS = 1_000
const PAGE = 100

/** The timeline's pages this minute: watched members grouped by their local date, 100 a page. */
export function timelineChunks(members: readonly Pick<Member, 'id' | 'timezone'>[], now: number) {
  const byDate = new Map<string, number[]>()
  for (const m of members) {
    const date = localDate(now, m.timezone)
    byDate.set(date, [...(byDate.get(date) ?? []), m.id])
  }
  const chunks: { date: string; userIds: number[] }[] = []
  for (const [date, ids] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = 0; i < ids.length; i += PAGE) chunks.push({ date, userIds: ids.slice(i, i + PAGE) })
  }
  return chunks
}

const hourFormats = new Map<string, Intl.DateTimeFormat>()
function localHour(now: number, timeZone?: string | null): number {
  const zone = timeZone ?? 'UTC'
  let format = hourFormats.get(zone)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' })
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', hourCycle: 'h23' })
    }
    hourFormats.set(zone, format)
  }
  return Number(format.format(now))
}

/**
 * The scheduler's tier for a member (see `Tier`). Assumed working hours: 07:00–20:00 on the
 * member's clock, any day (weekend work is rare but real).
 */
export function tierOf(snapshot: LiveSnapshot, member: Pick<Member, 'id' | 'timezone'>, now: number): Tier {
  if (snapshot.currents.get(member.id)?.data) return 0
  const timeline = snapshot.timeline.get(member.id)?.user
  if (timeline?.entries.some((e) => now - Date.parse(e.end) < 30 * 60_000)) return 0
  const hour = localHour(now, member.timezone)
  if (hour < 7 || hour >= 20) return 3
  return timeline && timeline.total_minutes > 0 ? 1 : 2
}

/** Likely tracking now (tier 0). */
export const likelyActive = (snapshot: LiveSnapshot, member: Pick<Member, 'id' | 'timezone'>, now: number) => tierOf(snapshot, member, now) === 0

/** What the companion server's push means for polling (use-pushed-currents.ts). */
export interface PushForRefresh {
  /** Pushed starts and stops arrive: polling only reconciles. */
  live: boolean
  /** Grows at each gap in the stream: one full read follows. */
  gaps: number
  /** Members whose state the push knows: current-data has nothing to add for them. */
  known: ReadonlyMap<number, unknown>
}

const NO_PUSH: PushForRefresh = { live: false, gaps: 0, known: new Map() }

/**
 * Runs the refresh scheduler while the board is mounted: once a second it asks which requests
 * go next and sends them at background priority, so the budget lets any click go first. A 429
 * (seen as a new pause of the budget) makes the scheduler back off. While the server pushes,
 * polling drops to reconciling (one request a minute), after one full read at the start and
 * after each gap in the stream.
 */
export function useLiveRefresh(workspaceId: number, members: readonly Member[], onScreen: ReadonlySet<number>, push: PushForRefresh = NO_PUSH) {
  const latest = useRef({ members, onScreen, push })
  useEffect(() => {
    latest.current = { members, onScreen, push }
  })

  useEffect(() => {
    const { store, scheduler } = liveStoreFor(workspaceId)
    const limit = api.budget.getSnapshot().limit
    const polling = defaultSchedulerConfig(limit)
    const reconciling = reconcileSchedulerConfig(limit)
    // A full read is due unless one finished before (the board was open earlier in this tab).
    const finished = scheduler.state.timelineStartedAt !== null && scheduler.state.timelineCursor === 0
    let fullReadFrom: number | null = finished ? null : Date.now()
    let gapsSeen = latest.current.push.gaps
    const controller = new AbortController()
    const inFlight = new Set<number>()
    let lastPause = api.budget.getSnapshot().pausedUntil

    const run = async (job: Job, chunks: ReturnType<typeof timelineChunks>) => {
      const request = { signal: controller.signal, priority: 'background' as const }
      try {
        if (job.kind === 'timeline') {
          const chunk = chunks[job.page]
          if (!chunk) return
          store.setTimeline(await timelinePage(workspaceId, chunk.date, chunk.userIds, request), chunk.date, Date.now())
        } else {
          inFlight.add(job.userId)
          store.setCurrent(job.userId, await currentTracker(workspaceId, job.userId, request), Date.now())
        }
      } catch (error) {
        if (isApiError(error, 'rate-limited')) scheduler.state = onRateLimited(scheduler.state, Date.now())
        // Anything else: the row keeps its older reading and says how old it is.
      } finally {
        if (job.kind === 'current') inFlight.delete(job.userId)
      }
    }

    const tick = () => {
      const now = Date.now()
      const budget = api.budget.getSnapshot()
      if (budget.pausedUntil !== null && budget.pausedUntil !== lastPause) scheduler.state = onRateLimited(scheduler.state, now)
      lastPause = budget.pausedUntil
      const { members: watched, onScreen: shown, push } = latest.current
      if (push.gaps !== gapsSeen) {
        // Something may have been missed: read the timeline again from its first page, now.
        gapsSeen = push.gaps
        fullReadFrom = now
        scheduler.state = { ...scheduler.state, timelineCursor: 0, timelineStartedAt: null }
      }
      const { timelineStartedAt, timelineCursor } = scheduler.state
      if (fullReadFrom !== null && timelineStartedAt !== null && timelineStartedAt >= fullReadFrom && timelineCursor === 0) fullReadFrom = null
      const config = push.live && fullReadFrom === null ? reconciling : polling
      const snapshot = store.getSnapshot()
      const chunks = timelineChunks(watched, now)
      const candidates: Candidate[] = watched
        .filter((m) => !inFlight.has(m.id) && !(push.live && push.known.has(m.id)))
        .map((m) => ({
          userId: m.id,
          checkedAt: snapshot.currents.get(m.id)?.checkedAt ?? null,
          tier: tierOf(snapshot, m, now),
          onScreen: shown.has(m.id),
        }))
      const plan = planTick(config, scheduler.state, {
        now,
        visible: document.visibilityState === 'visible',
        budget,
        timelinePages: chunks.length,
        candidates,
      })
      scheduler.state = plan.state
      for (const job of plan.jobs) void run(job, chunks)
    }

    tick()
    const timer = setInterval(tick, TICK_MS)
    // Coming back to the tab: plan at once rather than up to a second later.
    document.addEventListener('visibilitychange', tick)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', tick)
      controller.abort()
    }
  }, [workspaceId])
}
