// The Live page's refresh scheduler: pure, so the budget arithmetic is unit-tested and the bench
// runs the very same code. It decides, once per tick, which requests go next:
//   1. the daily-timeline report (100 members a page): who tracked today, their total, their last
//      entry; a running tracker is not in it, so it cannot say who is tracking *now*;
//   2. current-data, one member per request, for the members most likely to be tracking first,
//      then everyone else who might have started, stalest first.
// It spends a share of the per-minute budget (half of it while the page is visible, a tenth when
// hidden), earns it as credits over time so that requests are spread out rather than bursty,
// shrinks the share when the budget runs low, and halves it after each 429 until two quiet
// minutes pass. The budget itself still gates every send (at background priority), so clicks and
// the visible page of any tab always go first.

export interface SchedulerConfig {
  /** Requests per minute the API allows this user (the config's rateLimitPerMinute). */
  limit: number
  /** Share of the limit the board may use while visible (the rest is for clicks and other tabs). */
  visibleShare: number
  hiddenShare: number
  /** How often the timeline is re-read, visible and hidden. */
  timelineEveryMs: { visible: number; hidden: number }
  /** How often a member is re-checked, by tier, while visible (hidden: `hiddenSlowdown` times slower). */
  recheckEveryMs: Record<Tier, number>
  hiddenSlowdown: number
}

export const defaultSchedulerConfig = (limit: number): SchedulerConfig => ({
  limit,
  visibleShare: 0.5,
  hiddenShare: 0.1,
  timelineEveryMs: { visible: 120_000, hidden: 600_000 },
  recheckEveryMs: { 0: 120_000, 1: 300_000, 2: 600_000, 3: 1_800_000 },
  hiddenSlowdown: 5,
})

/**
 * While the companion server pushes every start and stop, polling only reconciles: one request a
 * minute (visible or hidden), the timeline every 15 minutes for today's totals and who has not
 * started, and current-data for members the push has not seen (trackers started before the
 * server's knowledge began).
 */
export const reconcileSchedulerConfig = (limit: number): SchedulerConfig => ({
  ...defaultSchedulerConfig(limit),
  visibleShare: 1 / limit,
  hiddenShare: 1 / limit,
  timelineEveryMs: { visible: 15 * 60_000, hidden: 15 * 60_000 },
  hiddenSlowdown: 1,
})

/**
 * How likely a member is to be tracking now, most likely first:
 * 0 seen tracking, clocked in here, or their last entry today ended a short while ago (a break);
 * 1 within working hours on their own clock and tracked earlier today (may have resumed: a
 *   running session is not in the timeline);
 * 2 within working hours (may have started: a first session is not in the timeline either);
 * 3 anyone else (outside working hours).
 */
export type Tier = 0 | 1 | 2 | 3

/** A member the board could ask current-data about. */
export interface Candidate {
  userId: number
  /** When current-data last answered for them (epoch ms), or null when never. */
  checkedAt: number | null
  tier: Tier
  /** Shown under the current filters: what the user is looking at goes first. */
  onScreen: boolean
}

export interface SchedulerInput {
  now: number
  visible: boolean
  /** The rate budget's snapshot: requests left this minute and a Retry-After pause. */
  budget: { remaining: number; pausedUntil: number | null }
  /** Timeline pages a full read needs (members / 100, per local date). */
  timelinePages: number
  candidates: readonly Candidate[]
}

export interface SchedulerState {
  credits: number
  lastTickAt: number | null
  /** The next timeline page to read (0-based) and when the last full read began. */
  timelineCursor: number
  timelineStartedAt: number | null
  backoffLevel: number
  lastRateLimitAt: number | null
}

export type Job = { kind: 'timeline'; page: number } | { kind: 'current'; userId: number }

export const initialSchedulerState = (): SchedulerState => ({
  credits: 1,
  lastTickAt: null,
  timelineCursor: 0,
  timelineStartedAt: null,
  backoffLevel: 0,
  lastRateLimitAt: null,
})

const MAX_BACKOFF = 4
const BACKOFF_QUIET_MS = 120_000

/** Requests per minute the board may use right now. */
export function ratePerMinute(config: SchedulerConfig, state: SchedulerState, input: Pick<SchedulerInput, 'visible' | 'budget'>): number {
  const base = config.limit * (input.visible ? config.visibleShare : config.hiddenShare)
  // A reserve of a tenth stays for clicks (the budget keeps it from background work anyway);
  // below a third of the minute left, the board slows down in proportion.
  const reserve = Math.ceil(config.limit / 10)
  const left = input.budget.remaining - reserve
  if (left <= 0) return 0
  const lowBudget = Math.min(1, left / (config.limit / 3))
  return base * lowBudget * 0.5 ** state.backoffLevel
}

/** At most this many credits are saved up: a burst never exceeds a few seconds' worth. */
const creditCap = (rate: number) => Math.max(1, rate / 12)

/** One tick: earn credits for the time passed, then spend whole credits on the most useful jobs. */
export function planTick(config: SchedulerConfig, prev: SchedulerState, input: SchedulerInput): { state: SchedulerState; jobs: Job[] } {
  const { now, visible } = input
  const state = { ...prev }
  if (state.backoffLevel > 0 && state.lastRateLimitAt !== null && now - state.lastRateLimitAt >= BACKOFF_QUIET_MS) {
    state.backoffLevel--
    state.lastRateLimitAt = now
  }
  const rate = ratePerMinute(config, state, input)
  const elapsed = state.lastTickAt === null ? 0 : Math.max(0, now - state.lastTickAt)
  state.lastTickAt = now
  state.credits = Math.min(creditCap(rate), state.credits + (rate * elapsed) / 60_000)
  if (rate === 0) state.credits = Math.min(state.credits, 0)
  if (input.budget.pausedUntil !== null && input.budget.pausedUntil > now) return { state, jobs: [] }

  const jobs: Job[] = []
  const take = () => {
    if (state.credits < 1) return false
    state.credits -= 1
    return true
  }

  // 1. The timeline, page by page, when a read is under way or due.
  const timelineEvery = visible ? config.timelineEveryMs.visible : config.timelineEveryMs.hidden
  const timelineDue = state.timelineStartedAt === null || now - state.timelineStartedAt >= timelineEvery
  if (input.timelinePages > 0 && (state.timelineCursor > 0 || timelineDue)) {
    while (state.timelineCursor < input.timelinePages && take()) {
      if (state.timelineCursor === 0) state.timelineStartedAt = now
      jobs.push({ kind: 'timeline', page: state.timelineCursor++ })
    }
    if (state.timelineCursor >= input.timelinePages) state.timelineCursor = 0
    else return { state, jobs }
  }
  // Until the first timeline read is done, nobody is known to be likely active.
  if (state.timelineStartedAt === null && input.timelinePages > 0) return { state, jobs }

  // 2. current-data for whoever is due, most overdue first: a member's check is due after their
  // tier's interval, and "how overdue" balances re-checking the likely-active against finding
  // who started. Never checked counts as a little overdue, more so the likelier they are.
  const slow = visible ? 1 : config.hiddenSlowdown
  const overdue = (c: Candidate) => (c.checkedAt === null ? 1 + 1 / (c.tier + 1) : (now - c.checkedAt) / (config.recheckEveryMs[c.tier] * slow))
  const due = input.candidates.map((c) => ({ c, score: overdue(c) })).filter((d) => d.score >= 1)
  due.sort((a, b) => Number(b.c.onScreen) - Number(a.c.onScreen) || b.score - a.score || a.c.tier - b.c.tier || a.c.userId - b.c.userId)
  for (const { c } of due) {
    if (!take()) break
    jobs.push({ kind: 'current', userId: c.userId })
  }
  return { state, jobs }
}

/** A 429 reached the board: halve its share (up to 1/16) until two quiet minutes pass. */
export function onRateLimited(state: SchedulerState, now: number): SchedulerState {
  return { ...state, backoffLevel: Math.min(MAX_BACKOFF, state.backoffLevel + 1), lastRateLimitAt: now, credits: Math.min(state.credits, 0) }
}

/** Timeline pages one full read costs: members are asked for per local date, 100 a page. */
export function timelinePagesFor(membersPerDate: readonly number[], perPage = 100): number {
  return membersPerDate.reduce((sum, n) => sum + Math.ceil(n / perPage), 0)
}
