import { describe, expect, it } from 'vitest'
import { WINDOW_MS } from '@/lib/api/rate-budget'
import {
  defaultSchedulerConfig,
  initialSchedulerState,
  onRateLimited,
  planTick,
  ratePerMinute,
  reconcileSchedulerConfig,
  timelinePagesFor,
  type Candidate,
  type Job,
  type SchedulerConfig,
  type SchedulerState,
} from './refresh-scheduler'

const LIMIT = 60
const config = defaultSchedulerConfig(LIMIT)
const TICK = 1_000

/** Runs the scheduler for `minutes`, answering every job at once, and returns when each request went. */
function simulate({
  members,
  minutes,
  visible = () => true,
  activeShare = 0.2,
  rateLimitedAt = [] as number[],
  use = config,
}: {
  members: number
  minutes: number
  visible?: (now: number) => boolean
  activeShare?: number
  rateLimitedAt?: number[]
  use?: SchedulerConfig
}) {
  let state: SchedulerState = initialSchedulerState()
  const checkedAt = new Map<number, number>()
  const sends: { at: number; job: Job; visible: boolean }[] = []
  const pending429 = [...rateLimitedAt]
  for (let now = 0; now <= minutes * 60_000; now += TICK) {
    const recent = sends.filter((s) => s.at > now - WINDOW_MS).length
    const candidates: Candidate[] = Array.from({ length: members }, (_, i) => ({
      userId: i + 1,
      checkedAt: checkedAt.get(i + 1) ?? null,
      tier: i < members * activeShare ? 0 : 2,
      onScreen: true,
    }))
    const tick = planTick(use, state, {
      now,
      visible: visible(now),
      budget: { remaining: LIMIT - recent, pausedUntil: null },
      timelinePages: timelinePagesFor([members]),
      candidates,
    })
    state = tick.state
    for (const job of tick.jobs) {
      sends.push({ at: now, job, visible: visible(now) })
      if (job.kind === 'current') checkedAt.set(job.userId, now)
    }
    if (pending429[0] !== undefined && now >= pending429[0]) {
      pending429.shift()
      state = onRateLimited(state, now)
    }
  }
  return { sends, checkedAt, state }
}

/** The most requests in any sliding minute. */
function peakPerMinute(sends: { at: number }[]) {
  let peak = 0
  for (const s of sends) peak = Math.max(peak, sends.filter((o) => o.at >= s.at && o.at < s.at + WINDOW_MS).length)
  return peak
}

describe('refresh scheduler', () => {
  it.each([1, 12, 40, 200, 1_000, 5_000])('never sends more than its share of the budget per minute, for %i members', (members) => {
    const { sends } = simulate({ members, minutes: 5 })
    const peak = peakPerMinute(sends)
    expect(peak).toBeLessThanOrEqual(LIMIT * config.visibleShare + 2)
    // Room for clicks: at least 40 % of the minute stays free.
    expect(peak).toBeLessThanOrEqual(LIMIT * 0.6)
  })

  it('reads the timeline first, then checks the likely-active members before the others', () => {
    const { sends } = simulate({ members: 300, minutes: 1 })
    expect(sends.slice(0, 3).map((s) => s.job)).toEqual([0, 1, 2].map((page) => ({ kind: 'timeline', page })))
    const firstChecks = sends.filter((s) => s.job.kind === 'current').slice(0, 20)
    expect(firstChecks.every((s) => s.job.kind === 'current' && s.job.userId <= 60)).toBe(true)
  })

  it('checks members by how likely they are to be tracking', () => {
    const candidates: Candidate[] = ([3, 2, 1, 0] as const).map((tier, i) => ({ userId: i + 1, checkedAt: null, tier, onScreen: true }))
    const state = { ...initialSchedulerState(), timelineStartedAt: 0, credits: 2 }
    const { jobs } = planTick(config, state, { now: 1, visible: true, budget: { remaining: 60, pausedUntil: null }, timelinePages: 1, candidates })
    expect(jobs).toEqual([
      { kind: 'current', userId: 4 },
      { kind: 'current', userId: 3 },
    ])
  })

  it('puts the members shown under the filters first', () => {
    const candidates: Candidate[] = [
      { userId: 1, checkedAt: null, tier: 0, onScreen: false },
      { userId: 2, checkedAt: null, tier: 3, onScreen: true },
    ]
    const state = { ...initialSchedulerState(), timelineStartedAt: 0, credits: 1 }
    const { jobs } = planTick(config, state, { now: 1, visible: true, budget: { remaining: 60, pausedUntil: null }, timelinePages: 1, candidates })
    expect(jobs).toEqual([{ kind: 'current', userId: 2 }])
  })

  it('spends a fifth as much while the page is hidden', () => {
    const visible = simulate({ members: 1_000, minutes: 5 }).sends.length
    const hidden = simulate({ members: 1_000, minutes: 5, visible: () => false }).sends.length
    expect(hidden).toBeLessThanOrEqual(visible / 4)
    expect(hidden).toBeGreaterThan(0)
  })

  it('backs off after a 429 and recovers after two quiet minutes', () => {
    const base = initialSchedulerState()
    const input = { visible: true, budget: { remaining: 60, pausedUntil: null } }
    const once = onRateLimited(base, 0)
    const twice = onRateLimited(once, 1_000)
    expect(ratePerMinute(config, once, input)).toBe(ratePerMinute(config, base, input) / 2)
    expect(ratePerMinute(config, twice, input)).toBe(ratePerMinute(config, base, input) / 4)

    const { sends } = simulate({ members: 1_000, minutes: 5, rateLimitedAt: [60_000] })
    const inMinute = (from: number) => sends.filter((s) => s.at >= from && s.at < from + 60_000).length
    expect(inMinute(61_000)).toBeLessThanOrEqual(inMinute(0) / 2 + 2)
    expect(inMinute(240_000)).toBeGreaterThan(inMinute(61_000))
  })

  it('sends nothing while the server asks to wait, nor when only the reserve is left', () => {
    const state = { ...initialSchedulerState(), credits: 5, lastTickAt: 0 }
    const candidates: Candidate[] = [{ userId: 1, checkedAt: null, tier: 0, onScreen: true }]
    const paused = planTick(config, state, { now: 1, visible: true, budget: { remaining: 60, pausedUntil: 30_000 }, timelinePages: 1, candidates })
    expect(paused.jobs).toEqual([])
    const low = planTick(
      config,
      { ...state, credits: 0 },
      { now: 10_000, visible: true, budget: { remaining: 6, pausedUntil: null }, timelinePages: 1, candidates },
    )
    expect(low.jobs).toEqual([])
  })

  it('reconciles at most once a minute while the server pushes, visible or hidden', () => {
    for (const visible of [() => true, () => false]) {
      const { sends } = simulate({ members: 1_000, minutes: 10, visible, use: reconcileSchedulerConfig(LIMIT) })
      expect(peakPerMinute(sends)).toBe(1)
      expect(sends.length).toBeGreaterThanOrEqual(9)
    }
  })

  it('counts timeline pages per local date', () => {
    expect(timelinePagesFor([1_000])).toBe(10)
    expect(timelinePagesFor([950, 50])).toBe(11)
    expect(timelinePagesFor([])).toBe(0)
  })
})
