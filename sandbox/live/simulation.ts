// The live simulation: while the sandbox runs, seeded members start and stop trackers through
// their working day in their own time zones, driven by the sandbox clock (`--clock`).
//
// Each pass compares the clock with every member's day plan (day-plan.ts): sessions that have
// ended become time entries, the session under way is a running tracker, later ones wait. A pass
// is idempotent (sessions are known by id), so the first pass after a start rebuilds "now" from
// the plans alone and a frozen clock always shows the same board.
//
// Seeded history and the live days never overlap: days before the seed day belong to the seed;
// on any later day a member's sessions start only after the last time on that day the simulation
// did not make itself (the seed day's early-morning spans, manual entries, trackers started
// through the API), plus a short gap. Whatever the API does wins: a tracker it started or stopped
// is left alone, and time it deleted stays deleted until the next restart.

import type { SandboxContext } from '../context'
import { type Day, formatDay, MINUTE_MS, parseDay } from '../seed/calendar'
import type { RunningTrackerRecord, TimeSpanRecord } from '../store/types'
import { approvedLeave, liveMembers, longRunners, openTasksByProject } from './cast'
import { type LiveMember, type PlannedSession, planDay } from './day-plan'
import { runningTrackerOf, startTracker, stopTracker, trackerToSpan } from './trackers'

/** Days replayed at start-up, for a data file last run some days ago. */
const BACKFILL_DAYS = 7
/** Pause after time the simulation did not make before its next session starts. */
const GAP_MS = 10 * MINUTE_MS
/** Simulated time between passes (real time between them is at least MIN_PERIOD_MS). */
const TICK_SIMULATED_MS = 5_000
const MIN_PERIOD_MS = 250

export interface LiveSimulation {
  /** One pass at the clock's current time (the timer calls it; tests may too). */
  tick(): void
  stop(): void
}

export function startLiveSimulation(ctx: SandboxContext): LiveSimulation {
  const { store, clock } = ctx
  const plans = new Map<string, PlannedSession[]>()
  const runnersByDay = new Map<Day, Set<number>>()
  /** Sessions this process has started (or found running): never restarted once stopped. */
  const started = new Set<string>()
  /** Sessions fully played: their time exists, or was skipped for good. */
  const settled = new Set<string>()

  function pass(daysBack: number): void {
    const now = clock.now().getTime()
    for (const t of [...store.data.runningTrackers]) {
      if (t.stopsAt && Date.parse(t.stopsAt) <= now) stopTracker(ctx, t, new Date(t.stopsAt))
    }
    const seedDay = parseDay(store.data.seedDate)
    const members = liveMembers(store)
    // Built only when a new day needs planning (rare), not on every pass.
    let isAway: ReturnType<typeof approvedLeave> | undefined
    let openTasks: ReturnType<typeof openTasksByProject> | undefined
    const planFor = (member: LiveMember, day: Day) => {
      const key = `${member.userId}|${day}`
      let plan = plans.get(key)
      if (!plan) {
        isAway ??= approvedLeave(store)
        openTasks ??= openTasksByProject(store)
        if (!runnersByDay.has(day)) runnersByDay.set(day, longRunners(members, day, isAway))
        const longRunner = runnersByDay.get(day)!.has(member.userId)
        plan = planDay(member, day, { longRunner, onLeave: isAway(member.userId, day), openTasks })
        plans.set(key, plan)
      }
      return plan
    }
    const added: TimeSpanRecord[] = []
    let oldest = Infinity
    for (const member of members) {
      const today = parseDay(localDay(now, member.timezone))
      const first = Math.max(seedDay, today - daysBack)
      oldest = Math.min(oldest, first)
      for (let day = first; day <= today; day++) playDay(member, formatDay(day), planFor(member, day), now, added)
    }
    if (added.length > 0) {
      store.data.timeSpans.push(...added)
      store.spansChanged()
    }
    for (const key of plans.keys()) if (Number(key.split('|')[1]) < oldest) plans.delete(key)
  }

  function playDay(member: LiveMember, date: string, sessions: readonly PlannedSession[], now: number, added: TimeSpanRecord[]): void {
    // Most passes change nothing for most members: skip unless a session is due to start or end.
    const due = sessions.some((s) => s.start <= now && !settled.has(s.id) && !(started.has(s.id) && s.end > now))
    if (!due) return
    const ids = new Set(sessions.map((s) => s.id))
    const spans = store.spansOf(member.userId)
    const floor = foreignTimeEnd(spans, ids, date)
    for (const s of sessions) {
      if (s.start > now) break
      if (settled.has(s.id)) continue
      const from = Math.max(s.start, floor + GAP_MS)
      const running = runningTrackerOf(store, member.userId)
      if (from >= s.end || spans.some((x) => x.id === s.id)) {
        settled.add(s.id)
      } else if (s.end <= now) {
        // Ended while nobody watched (start-up, or a tracker it left alone): write the time.
        if (running?.id === s.id) continue // stopped at its stopsAt by the next pass
        const tracker = asTracker(member.userId, s, from)
        if (!overlaps(spans, running, from, s.end, now)) added.push(trackerToSpan(store, tracker, s.end))
        settled.add(s.id)
      } else if (!started.has(s.id) && from <= now) {
        started.add(s.id)
        // Someone already tracking (through the API, or this session restored from disk) is left alone.
        if (!running && !overlaps(spans, undefined, from, now, now)) startTracker(ctx, asTracker(member.userId, s, from))
      }
    }
  }

  pass(BACKFILL_DAYS)
  const timer = clock.speed > 0 ? setInterval(() => pass(1), Math.max(MIN_PERIOD_MS, TICK_SIMULATED_MS / clock.speed)) : undefined
  timer?.unref()
  return { tick: () => pass(1), stop: () => clearInterval(timer) }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The local calendar day at `instant`; formatters are cached (a pass asks once per member). */
function localDay(instant: number, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormats.set(timeZone, format)
  }
  return format.format(instant)
}

function asTracker(userId: number, s: PlannedSession, from: number): RunningTrackerRecord {
  return {
    id: s.id,
    workspaceId: s.workspaceId,
    userId,
    contractId: s.contractId,
    projectId: s.projectId,
    taskId: s.taskId,
    description: s.description,
    startedAt: new Date(from).toISOString(),
    method: s.method,
    stopsAt: new Date(s.end).toISOString(),
  }
}

/** The latest end of the member's time on `date` that the plan did not make (-Infinity if none). */
function foreignTimeEnd(spans: readonly TimeSpanRecord[], planIds: ReadonlySet<string>, date: string): number {
  let latest = -Infinity
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!
    if (span.date < date) break // sorted by start: everything before is older
    if (span.date === date && !planIds.has(span.id)) latest = Math.max(latest, Date.parse(span.end))
  }
  return latest
}

function overlaps(spans: readonly TimeSpanRecord[], running: RunningTrackerRecord | undefined, from: number, to: number, now: number): boolean {
  if (running && Date.parse(running.startedAt) < to && from < now) return true
  return spans.some((x) => Date.parse(x.start) < to && from < Date.parse(x.end))
}
