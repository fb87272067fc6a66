import { isWatched } from '../src/features/live/live-board'
import { LiveStore } from '../src/features/live/live-store'
import { currentTracker, timelinePage } from '../src/api/time-tracking/requests'
import { defaultSchedulerConfig, initialSchedulerState, planTick, type Candidate, type Job } from '../src/features/live/refresh-scheduler'
import { likelyActive, tierOf, timelineChunks } from '../src/features/live/use-live-refresh'
import { listMembers } from '../src/api/members/requests'
import { api, bearerAuth } from '../src/lib/api/client'
import { RateBudget, WINDOW_MS } from '../src/lib/api/rate-budget'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { isVisibleToCurrentData, runningTrackerOf } from '../sandbox/live/trackers'
import { startSandbox, type RunningSandbox } from '../sandbox/server'

// The Live board's cost for the `large` profile (1,000 members) over 5 simulated minutes: the
// requests per minute its scheduler sends and how stale the oldest row gets, next to a naive
// board that asks current-data for every member in turn as fast as the budget lets it.
//
// It drives the real scheduler, LiveStore, request functions, API client and RateBudget against
// a real sandbox over HTTP, on a simulated clock (one simulated second per step) so 5 minutes
// take seconds. The app's budget (60 a minute on the simulated clock) is what limits the sends;
// the sandbox's own limit is lifted because it counts real minutes.

const MINUTES = 5
const STEP_MS = 1_000
const LIMIT = 60

interface Result {
  peakPerMinute: number
  meanPerMinute: number
  /** Seconds since each row's newest reading (timeline or current-data), the oldest row, after the first read. */
  oldestRowWorst: number
  /** Seconds since current-data last confirmed a likely-active member (tracking, or just back from a break). */
  oldestActiveCheckWorst: number
  likelyActive: number
  /** Members current-data never asked about in 5 minutes (covered by the timeline only). */
  neverChecked: number
  timelinePagesPerRead: number
  /** Members tracking (visible to current-data) at the end, per the sandbox, and how many the board shows. */
  trackingTruth: number
  trackingShown: number
}

async function run(sandbox: RunningSandbox, workspaceId: number, mode: 'scheduler' | 'naive'): Promise<Result> {
  let now = Date.now()
  const start = now
  const sends: number[] = []
  const budget = new RateBudget({ limit: LIMIT, channel: null, now: () => now })
  api.configure({
    baseUrl: `${sandbox.origin}/api/v2`,
    auth: bearerAuth({ accessToken: () => DEMO_OWNER_PAT, renew: async () => false }),
    budget,
    fetch: (input, init) => {
      if (String(input).includes('/time-tracking/') || String(input).includes('/reports/')) sends.push(now)
      return fetch(input, init)
    },
  })
  const members = (await listMembers(workspaceId, {}, { priority: 'user' })).filter(isWatched)
  // The member list is shared with every page and cached for minutes: not the board's cost.
  sends.length = 0
  const store = new LiveStore()
  const config = defaultSchedulerConfig(LIMIT)
  let state = initialSchedulerState()
  const inFlight = new Set<number>()
  let naiveCursor = 0
  const pending: Promise<unknown>[] = []
  const worst = { row: 0, active: 0, likelyActive: 0 }
  const activeSince = new Map<number, number>()

  const send = (job: Job, chunks: ReturnType<typeof timelineChunks>) => {
    const request = { priority: mode === 'naive' ? ('page' as const) : ('background' as const) }
    if (job.kind === 'timeline') {
      const chunk = chunks[job.page]!
      return timelinePage(workspaceId, chunk.date, chunk.userIds, request).then((users) => store.setTimeline(users, chunk.date, now))
    }
    inFlight.add(job.userId)
    return currentTracker(workspaceId, job.userId, request)
      .then((data) => store.setCurrent(job.userId, data, now))
      .finally(() => inFlight.delete(job.userId))
  }

  for (; now - start < MINUTES * 60_000; now += STEP_MS) {
    // Time moved: let the budget serve its queue at the new simulated time (pause(0) only pumps).
    budget.pause(0)
    const snapshot = store.getSnapshot()
    const chunks = timelineChunks(members, now)
    let jobs: Job[]
    if (mode === 'naive') {
      // One request per member, round and round, never more than the budget has queued up.
      jobs = []
      while (budget.getSnapshot().queued + jobs.length < 5) jobs.push({ kind: 'current', userId: members[naiveCursor++ % members.length]!.id })
    } else {
      const candidates: Candidate[] = members
        .filter((m) => !inFlight.has(m.id))
        .map((m) => ({ userId: m.id, checkedAt: snapshot.currents.get(m.id)?.checkedAt ?? null, tier: tierOf(snapshot, m, now), onScreen: true }))
      const plan = planTick(config, state, { now, visible: true, budget: budget.getSnapshot(), timelinePages: chunks.length, candidates })
      state = plan.state
      jobs = plan.jobs
    }
    for (const job of jobs) pending.push(send(job, chunks).catch(() => undefined))
    // Staleness, once the first full timeline read has had its minute.
    if (now - start >= 60_000) {
      let oldestRow = 0
      let oldestActive = 0
      let active = 0
      for (const m of members) {
        const current = snapshot.currents.get(m.id)?.checkedAt
        const newest = Math.max(current ?? -Infinity, snapshot.timeline.get(m.id)?.fetchedAt ?? -Infinity)
        oldestRow = Math.max(oldestRow, (now - newest) / 1000)
        if (likelyActive(snapshot, m, now)) {
          active++
          // Since the later of its last check and when it became likely active.
          if (!activeSince.has(m.id)) activeSince.set(m.id, now)
          oldestActive = Math.max(oldestActive, (now - Math.max(current ?? -Infinity, activeSince.get(m.id)!)) / 1000)
        } else activeSince.delete(m.id)
      }
      worst.row = Math.max(worst.row, oldestRow)
      worst.active = Math.max(worst.active, oldestActive)
      worst.likelyActive = active
    }
    // Real time for the answers to arrive (the sandbox runs in this process).
    await new Promise((resolve) => setTimeout(resolve, 3))
  }
  budget.dispose()
  // LIVE_DIAG=1: per tier, [members, tracking per the sandbox, checked by the board].
  if (process.env.LIVE_DIAG) {
    const snap = store.getSnapshot()
    const d: Record<string, number[]> = {}
    for (const m of members) {
      const t = tierOf(snap, m, now)
      const tr = runningTrackerOf(sandbox.store, m.id)
      const row = (d[t] ??= [0, 0, 0])
      row[0]!++
      if (tr && isVisibleToCurrentData(tr)) row[1]!++
      if (snap.currents.has(m.id)) row[2]!++
    }
    process.stderr.write(`${mode} ${JSON.stringify(d)} sends ${sends.length}\n`)
  }

  const perMinute = (from: number) => sends.filter((t) => t >= from && t < from + WINDOW_MS).length
  let peak = 0
  for (const t of sends) peak = Math.max(peak, perMinute(t))
  const snapshot = store.getSnapshot()
  return {
    peakPerMinute: peak,
    meanPerMinute: sends.length / MINUTES,
    oldestRowWorst: Math.round(worst.row),
    oldestActiveCheckWorst: Math.round(worst.active),
    likelyActive: worst.likelyActive,
    neverChecked: members.filter((m) => !snapshot.currents.has(m.id)).length,
    timelinePagesPerRead: timelineChunks(members, now).length,
    trackingTruth: members.filter((m) => {
      const tracker = runningTrackerOf(sandbox.store, m.id)
      return tracker?.workspaceId === workspaceId && isVisibleToCurrentData(tracker)
    }).length,
    trackingShown: members.filter((m) => snapshot.currents.get(m.id)?.data).length,
  }
}

export async function liveBoardBench(dataDir: string) {
  const sandbox = await startSandbox({ port: 0, profile: 'large', dataDir, persist: false, reset: true, rateLimit: 100_000 })
  try {
    const workspaceId = sandbox.store.data.workspaces[0]!.id
    const members = sandbox.store.data.memberships.filter((m) => m.workspaceId === workspaceId).length
    const ours = await run(sandbox, workspaceId, 'scheduler')
    const naive = await run(sandbox, workspaceId, 'naive')
    return { members, ours, naive }
  } finally {
    await sandbox.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  liveBoardBench('test-results/bench-live-sandbox').then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
      process.exit(0)
    },
    (error: unknown) => {
      process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`)
      process.exit(1)
    },
  )
}
