// What every part of the seed generator shares: the anchor day, the history window, the integer-id
// counter and the root random stream.

import { DAY_MS, type Day, isoInstant, mondayOf, parseDay } from './calendar'
import { createRng, type Rng } from './random'

export type SeedProfile = 'demo' | 'large'

export interface SeedOptions {
  profile: SeedProfile
  /** `YYYY-MM-DD`, the seed's "today". */
  seedDate: string
  /**
   * The sandbox clock's "now" (epoch ms) when seeding: nothing tracked may end after it, and a
   * session under way at that instant is seeded as a running tracker. Usually on the seed day; a
   * clock before it (the test sandboxes' eve) simply cuts the seed there.
   */
  now: number
  passwordHash: string
}

/** Integer ids for users, workspaces, teams, projects, contracts, tasks and leave policies. */
export class IdCounter {
  constructor(public next: number) {}
  take(): number {
    return this.next++
  }
}

export interface SeedContext {
  profile: SeedProfile
  seedDate: string
  seedDay: Day
  /** Monday of the oldest week with history; the current (partial) week is the last one. */
  windowStart: Day
  /** Full weeks of history before the current week. */
  weeks: number
  /** Epoch ms; see SeedOptions.now. */
  nowMs: number
  passwordHash: string
  ids: IdCounter
  rng: Rng
  /**
   * The latest instant bookkeeping timestamps may carry (createdAt, decidedAt...): the end of the
   * day before the seed day, so nothing claims to have happened "later today", and never after now.
   */
  cutoffMs: number
}

export function createContext(options: SeedOptions): SeedContext {
  const seedDay = parseDay(options.seedDate)
  const weeks = options.profile === 'large' ? 12 : 8
  return {
    profile: options.profile,
    seedDate: options.seedDate,
    seedDay,
    windowStart: mondayOf(seedDay) - weeks * 7,
    weeks,
    nowMs: options.now,
    passwordHash: options.passwordHash,
    ids: new IdCounter(1000),
    // Seeded by the profile only: another seedDate shifts the calendar but keeps the same people.
    rng: createRng(`webwork-sandbox:${options.profile}`),
    cutoffMs: Math.min(seedDay * DAY_MS - 60_000, options.now),
  }
}

/** `ms` as an ISO instant, never later than the cutoff. */
export function stamp(ctx: SeedContext, ms: number): string {
  return isoInstant(Math.min(ms, ctx.cutoffMs))
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Money and rates: two decimals. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100
}
