// Tracked time. Each tracking member gets a personal rhythm (start hour, weekly target, activity
// baseline) and the days of the history window are filled span by span, in the member's own time
// zone, so a day's spans never overlap and `date` is the member's local calendar day. Nothing ends
// after the clock's now: a span under way then is a running tracker, a later one is not kept (its
// draws are still made, so the rest of the seed does not depend on the hour it was made at).

import type { ContractRecord, RunningTrackerRecord, TaskRecord, TimeSpanRecord } from '../store/types'
import { type Day, formatDay, isoInstant, isWeekend, localToUtc, MINUTE_MS, weekday } from './calendar'
import { spanDescriptions } from './catalog'
import type { Member } from './people'
import type { Rng } from './random'
import { clamp, type SeedContext } from './seed-context'

/** A member who tracks time: active, with at least one active contract. */
export interface Tracker {
  member: Member
  contracts: ContractRecord[]
  /** Works past their contracts' weekly limits (deliberate, for over-limit warnings). */
  overtime: boolean
}

/** First start and last end (epoch ms) of one user's tracked day, for placing manual time around it. */
export interface DayBounds {
  first: number
  last: number
}

export interface TimeInput {
  trackers: readonly Tracker[]
  tasks: readonly TaskRecord[]
  away: ReadonlyMap<number, ReadonlySet<Day>>
  mustWork: ReadonlyMap<number, ReadonlySet<Day>>
  /** Users who always show some early-morning time on the seed day (the demo member). */
  earlyOnSeedDay: ReadonlySet<number>
}

export interface TimeOutput {
  spans: TimeSpanRecord[]
  /** Sessions under way at the clock's now; the live simulation stops them at `stopsAt`. */
  running: RunningTrackerRecord[]
  /** Planned days, kept spans or not: time requests are placed around them. */
  bounds: Map<string, DayBounds>
}

export const boundsKey = (userId: number, day: Day): string => `${userId}:${day}`

const LATEST_END = 23 * 60 + 45

export function buildTimeSpans(ctx: SeedContext, input: TimeInput): TimeOutput {
  const out: TimeOutput = { spans: [], running: [], bounds: new Map() }
  const openTasks = new Map<number, TaskRecord[]>()
  for (const t of input.tasks) {
    if (t.status === 'completed') continue
    const list = openTasks.get(t.projectId) ?? []
    list.push(t)
    openTasks.set(t.projectId, list)
  }
  for (const tracker of input.trackers) trackMember(ctx, tracker, openTasks, input, out)
  return out
}

function trackMember(ctx: SeedContext, tracker: Tracker, openTasks: Map<number, TaskRecord[]>, input: TimeInput, out: TimeOutput): void {
  const { user, membership } = tracker.member
  // A stream per person: one member's data does not depend on how many people came before.
  const rng = ctx.rng.fork(`time/${user.id}`)
  const tz = user.timezone ?? 'UTC'
  const contracts = tracker.contracts
  const limitSum = contracts.reduce((s, c) => s + c.weeklyHoursLimit, 0)

  // Each week's hours are budgeted across contracts in proportion to their limits and spans are
  // drawn against what is left, so only deliberate overtime people exceed a contract's limit.
  // They pour most of a long week into their smallest contract.
  const smallest = contracts.reduce((a, b) => (b.weeklyHoursLimit < a.weeklyHoursLimit ? b : a))
  const share = (c: ContractRecord): number =>
    tracker.overtime ? (contracts.length === 1 ? 1 : c === smallest ? 0.85 : 0.15 / (contracts.length - 1)) : c.weeklyHoursLimit / limitSum
  const weeklyHours = tracker.overtime ? 42 + rng.float() * 6 : Math.min(membership.weeklyHoursLimit || limitSum, limitSum) * (0.7 + rng.float() * 0.25)
  const remaining = new Map<number, number>()
  const resetBudget = (): void => {
    for (const c of contracts) remaining.set(c.id, weeklyHours * 60 * share(c))
  }
  const chooseContract = (): ContractRecord => rng.weighted(contracts.map((c) => [c, Math.max(remaining.get(c.id) ?? 0, 1)] as const))
  let daily = weeklyHours / 5
  let pattern = [0, 1, 2, 3, 4]
  if (daily < 4) {
    const days = clamp(Math.round(weeklyHours / (4.5 + rng.float() * 2)), 1, 5)
    pattern = rng.sample(pattern, days).sort()
    daily = weeklyHours / days
  }
  const startPref = rng.int(32, 40) * 15 // 08:00..10:00 local
  const baseline = rng.int(40, 85)
  const away = input.away.get(user.id)
  const mustWork = input.mustWork.get(user.id)

  const taskFor = (c: ContractRecord): number | null => {
    const open = openTasks.get(c.projectId)
    if (!open || open.length === 0) return null
    const mine = open.filter((t) => t.assigneeIds.includes(user.id))
    if (mine.length > 0 && rng.chance(0.65)) return rng.pick(mine).id
    return rng.chance(0.45) ? rng.pick(open).id : null
  }

  const emit = (day: Day, startMinute: number, parts: number[], gaps: number[]): void => {
    const midnight = localToUtc(tz, day, 0)
    let minute = startMinute
    let contract = chooseContract()
    let task = taskFor(contract)
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        minute += gaps[i - 1] ?? 10
        if (rng.chance(0.45) || (remaining.get(contract.id) ?? 0) <= 0) {
          contract = chooseContract()
          task = taskFor(contract)
        } else if (rng.chance(0.3)) task = taskFor(contract)
      }
      const length = parts[i] ?? 0
      const start = midnight + minute * MINUTE_MS
      const end = start + length * MINUTE_MS
      minute += length
      remaining.set(contract.id, (remaining.get(contract.id) ?? 0) - length)
      keepUntilNow(
        ctx.nowMs,
        out,
        {
          id: rng.uuid(),
          workspaceId: contract.workspaceId,
          userId: user.id,
          contractId: contract.id,
          projectId: contract.projectId,
          taskId: task,
          start: isoInstant(start),
          end: isoInstant(end),
          date: formatDay(day),
          activity: clamp(Math.round(rng.jitter(baseline, 9)), 20, 95),
          description: rng.chance(0.35) ? rng.pick(spanDescriptions) : null,
          method: rng.weighted([
            ['desktop', 85],
            ['web', 12],
            ['manual', 3],
          ] as const),
        },
        start,
        end,
      )
      const key = boundsKey(user.id, day)
      const b = out.bounds.get(key)
      if (b) b.last = end
      else out.bounds.set(key, { first: start, last: end })
    }
  }

  for (let day = ctx.windowStart; day < ctx.seedDay; day++) {
    if (weekday(day) === 0) resetBudget()
    const forced = mustWork?.has(day) ?? false
    if (!forced && away?.has(day)) continue
    if (isWeekend(day)) {
      if (rng.chance(0.015)) emit(day, rng.int(10 * 60, 15 * 60), split(rng, rng.int(60, 200), rng.int(1, 2)), [rng.int(10, 40)])
      continue
    }
    if (!forced && (!pattern.includes(weekday(day)) || rng.chance(0.04))) continue // day off, errand, sick without a request

    const outlier = rng.chance(0.005)
    const minutes = outlier ? rng.int(725, 800) : clamp(Math.round(rng.jitter(daily * 60, daily * 7)), 240, tracker.overtime ? 600 : 560)
    const count = minutes > 600 ? rng.int(4, 5) : rng.int(2, 5)
    const parts = split(rng, minutes, count)
    const lunch = Math.floor(count / 2)
    const gaps = Array.from({ length: count - 1 }, (_, i) => (minutes > 600 ? rng.int(5, 15) : i + 1 === lunch ? rng.int(30, 60) : rng.int(5, 25)))
    const total = minutes + gaps.reduce((s, g) => s + g, 0)
    let startMinute = outlier ? Math.min(startPref, 7 * 60 + rng.int(0, 30)) : startPref + Math.round(rng.jitter(0, 12))
    startMinute = Math.max(6 * 60, Math.min(startMinute, LATEST_END - total))
    emit(day, startMinute, parts, gaps)
  }

  // The seed day itself: only an early start, since "now" is unknown and may be early morning.
  const seedDay = ctx.seedDay
  if (weekday(seedDay) === 0) resetBudget()
  if (!isWeekend(seedDay) && !away?.has(seedDay) && (input.earlyOnSeedDay.has(user.id) || rng.chance(0.55))) {
    const start = Math.max(7 * 60, startPref - rng.int(20, 60))
    if (start <= 9 * 60 + 20) emit(seedDay, start, [Math.min(rng.int(25, 110), 9 * 60 + 50 - start)], [])
  }
}

/**
 * Keeps a drawn span as history when it ended by `now`, as a running tracker when it is under way
 * (one per person; manual time is entered afterwards, so it never runs), and not at all otherwise.
 */
function keepUntilNow(now: number, out: TimeOutput, span: TimeSpanRecord, start: number, end: number): void {
  if (end <= now) out.spans.push(span)
  else if (start < now && span.method !== 'manual' && !out.running.some((t) => t.userId === span.userId)) {
    const { id, workspaceId, userId, contractId, projectId, taskId, description, method } = span
    out.running.push({ id, workspaceId, userId, contractId, projectId, taskId, description, method, startedAt: span.start, stopsAt: span.end })
  }
}

/** Splits `minutes` into `count` uneven parts that add up exactly. */
function split(rng: Rng, minutes: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.6 + rng.float())
  const sum = weights.reduce((s, w) => s + w, 0)
  const parts = weights.map((w) => Math.floor((minutes * w) / sum))
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + minutes - parts.reduce((s, p) => s + p, 0)
  return parts
}
