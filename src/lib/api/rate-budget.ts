// The vendor allows 60 requests per minute per *user*, shared by every tab, script and
// integration of that user. This budget makes sure the dashboard never sends more than that:
// it counts sends in a sliding minute across tabs (BroadcastChannel), believes the server's
// X-RateLimit-Remaining when it is lower than its own count, pauses on Retry-After, and lets
// waiting requests go by priority.

export type Priority = 'user' | 'page' | 'background'
const RANK: Record<Priority, number> = { user: 0, page: 1, background: 2 }
export const WINDOW_MS = 60_000
/**
 * Background work is spread out: a sixtieth of the budget (at least one request) a second, after
 * a burst of at most the reserve's size following a quiet spell (so the sidebar's counts or a
 * board's first read do not trickle in beside an unused minute). Sent in one long burst, it would
 * use the whole minute at once and free it all at once a minute later, so a click arriving in
 * between would wait up to a minute; spread out, a slot frees every second or so. Every send, of
 * any priority and any tab, takes from the same allowance; and background waits while a click or
 * the page's own requests of this tab are on their way.
 */
export const SPREAD_MS = 1_000
/** Background waits for the page's answers this long at most: a stalled request holds nothing up. */
export const FOREGROUND_WAIT_MS = 5_000

export interface BudgetSnapshot {
  limit: number
  /** Requests that may still go this minute (estimate). */
  remaining: number
  /** Requests of this tab waiting for a slot. */
  queued: number
  /** Epoch ms until which the server asked us to wait (Retry-After), or null. */
  pausedUntil: number | null
}

/**
 * What the API client asks of a budget. Static mode holds requests back here (`RateBudget`); with
 * the companion server the server holds the user's budget and the browser only keeps the meter
 * true (`MeterBudget`).
 */
export interface RequestBudget {
  /** Resolves when a request of `priority` may be sent (and counts it as sent). */
  acquire(priority: Priority, signal?: AbortSignal): Promise<void>
  /** Its answer arrived (or it failed): learn from the X-RateLimit-* figures. */
  settle(priority: Priority, headers?: { limit: number | null; remaining: number | null }): void
  /** A 429 asked everyone to wait this long. */
  pause(seconds: number): void
  subscribe(listener: () => void): () => void
  getSnapshot(): BudgetSnapshot
  dispose(): void
}

/** The part of BroadcastChannel the budget uses; tests pass a fake. */
export interface BudgetChannel {
  postMessage(message: BudgetMessage): void
  addEventListener(type: 'message', listener: (event: MessageEvent<BudgetMessage>) => void): void
  close(): void
}

export type BudgetMessage =
  | { type: 'sent'; at: number }
  | { type: 'observed'; at: number; remaining: number }
  | { type: 'paused'; until: number }
  | { type: 'hello' }
  | { type: 'history'; sends: number[]; pausedUntil: number }

interface Waiter {
  priority: Priority
  seq: number
  grant: () => void
}

export interface RateBudgetOptions {
  /** Requests per minute (the config's rateLimitPerMinute). */
  limit: number
  channel?: BudgetChannel | null
  now?: () => number
}

export class RateBudget implements RequestBudget {
  private limit: number
  private readonly configuredLimit: number
  private sends: number[] = []
  /** Sends ever counted (all tabs): what was sent after an observation is the difference. */
  private sentTotal = 0
  /** The server's last word on what is left, when it said so, and until when it holds. */
  private observed: { remaining: number; sentTotal: number; until: number } | null = null
  private pausedUntil = 0
  private inFlight = 0
  /** Clicks and page requests of this tab still waiting for their answer, and when the last went. */
  private foreground = { inFlight: 0, lastSentAt: 0 }
  /** What background work may send now (a token bucket, refilled over time, spent by every send). */
  private spread: { tokens: number; at: number }
  private queue: Waiter[] = []
  private seq = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private listeners = new Set<() => void>()
  private snapshot: BudgetSnapshot
  private readonly channel: BudgetChannel | null
  private readonly now: () => number

  constructor(options: RateBudgetOptions) {
    this.limit = this.configuredLimit = options.limit
    this.now = options.now ?? Date.now
    this.channel = options.channel ?? null
    this.spread = { tokens: this.reserve, at: this.now() }
    this.snapshot = this.computeSnapshot()
    this.channel?.addEventListener('message', (event) => this.receive(event.data))
    // Ask the other tabs what they sent this minute, so a new tab starts from the shared count.
    this.channel?.postMessage({ type: 'hello' })
  }

  /**
   * Wait for a slot, then count the request as sent. Background work leaves a reserve free so
   * that a click never waits behind prefetches.
   */
  acquire(priority: Priority, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        priority,
        seq: this.seq++,
        grant: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
      }
      const onAbort = () => {
        this.queue = this.queue.filter((w) => w !== waiter)
        this.changed()
        reject(signal!.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.queue.push(waiter)
      this.queue.sort((a, b) => RANK[a.priority] - RANK[b.priority] || a.seq - b.seq)
      this.pump()
    })
  }

  /** A response to a request of `priority` arrived (or it failed): learn from its headers. */
  settle(priority: Priority, headers?: { limit: number | null; remaining: number | null }) {
    this.inFlight = Math.max(0, this.inFlight - 1)
    if (priority !== 'background') this.foreground.inFlight = Math.max(0, this.foreground.inFlight - 1)
    const at = this.now()
    if (headers?.limit) this.limit = Math.min(this.configuredLimit, headers.limit)
    if (headers?.remaining != null) {
      this.observe(at, headers.remaining)
      this.channel?.postMessage({ type: 'observed', at, remaining: headers.remaining })
    }
    this.pump()
  }

  /** A 429: nobody sends before Retry-After has passed. */
  pause(seconds: number) {
    const until = this.now() + seconds * 1000
    this.applyPause(until)
    this.channel?.postMessage({ type: 'paused', until })
    this.pump()
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = () => this.snapshot

  dispose() {
    clearTimeout(this.timer)
    this.channel?.close()
  }

  private receive(message: BudgetMessage) {
    switch (message.type) {
      case 'sent':
        this.sends.push(message.at)
        this.sentTotal++
        this.spendSpread()
        break
      case 'observed':
        this.observe(message.at, message.remaining)
        break
      case 'paused':
        this.applyPause(message.until)
        break
      case 'hello':
        this.prune()
        this.channel?.postMessage({ type: 'history', sends: this.sends, pausedUntil: this.pausedUntil })
        return
      case 'history':
        // Only a tab that has seen nothing yet adopts another's history; others already count it.
        if (this.sends.length === 0) this.sends = [...message.sends]
        this.applyPause(message.pausedUntil)
        break
    }
    this.pump()
  }

  private observe(at: number, remaining: number) {
    const estimate = this.serverLeft(at)
    // Lower than we thought: someone else (another script of this user) is spending. Much higher
    // than in-flight reordering explains: the server's window has reset.
    if (estimate === Infinity || remaining < estimate || remaining > estimate + this.inFlight) {
      this.observed = { remaining, sentTotal: this.sentTotal, until: at + WINDOW_MS }
    }
  }

  private applyPause(until: number) {
    if (until > this.pausedUntil) this.pausedUntil = until
    // Retry-After tells when the server's window opens again: its count ends there.
    if (this.observed && until < this.observed.until) this.observed = { ...this.observed, until }
  }

  private prune() {
    const from = this.now() - WINDOW_MS
    if (this.sends.length && this.sends[0]! <= from) this.sends = this.sends.filter((t) => t > from)
    if (this.observed && this.observed.until <= this.now()) this.observed = null
  }

  private serverLeft(now: number) {
    if (!this.observed || this.observed.until <= now) return Infinity
    return this.observed.remaining - (this.sentTotal - this.observed.sentTotal)
  }

  private remaining() {
    this.prune()
    return Math.max(0, Math.min(this.limit - this.sends.length, this.serverLeft(this.now())))
  }

  /** Requests a background fetch must leave for clicks and the visible page. */
  private get reserve() {
    return Math.ceil(this.limit / 10)
  }

  /** Background sends allowed per SPREAD_MS once the burst is spent. */
  private get spreadAllowance() {
    return Math.max(1, Math.ceil((this.limit * SPREAD_MS) / WINDOW_MS))
  }

  /** Refill the spread's tokens up to `now`; returns what background may send. */
  private refillSpread(now: number) {
    const refilled = this.spread.tokens + ((now - this.spread.at) * this.spreadAllowance) / SPREAD_MS
    this.spread = { tokens: Math.min(this.reserve, refilled), at: now }
    return this.spread.tokens
  }

  private spendSpread() {
    const now = this.now()
    this.spread = { tokens: Math.max(0, this.refillSpread(now) - 1), at: now }
  }

  private awaitingForeground(now: number) {
    return this.foreground.inFlight > 0 && now < this.foreground.lastSentAt + FOREGROUND_WAIT_MS
  }

  /** When the wait for this tab's clicks and page requests ends; Infinity when none is awaited. */
  private foregroundFreesAt(now: number) {
    return this.awaitingForeground(now) ? this.foreground.lastSentAt + FOREGROUND_WAIT_MS : Infinity
  }

  /** When the spread lets background work send again; Infinity when it is not what holds it back. */
  private spreadFreesAt(now: number) {
    const tokens = this.refillSpread(now)
    return tokens >= 1 ? Infinity : now + ((1 - tokens) * SPREAD_MS) / this.spreadAllowance
  }

  private pump() {
    clearTimeout(this.timer)
    this.timer = undefined
    while (this.queue.length) {
      const head = this.queue[0]!
      const background = head.priority === 'background'
      const needed = background ? this.reserve + 1 : 1
      const at = this.now()
      if (at < this.pausedUntil || this.remaining() < needed) break
      // Background never competes with what the user is waiting for, nor bursts for long.
      if (background && (this.awaitingForeground(at) || this.refillSpread(at) < 1)) break
      this.queue.shift()
      this.sends.push(at)
      this.sentTotal++
      this.inFlight++
      if (!background) this.foreground = { inFlight: this.foreground.inFlight + 1, lastSentAt: at }
      this.spendSpread()
      this.channel?.postMessage({ type: 'sent', at })
      head.grant()
    }
    this.scheduleWake()
    this.changed()
  }

  /** Wake when the next slot frees up, to serve the queue and keep the meter current. */
  private scheduleWake() {
    const now = this.now()
    const candidates = [
      this.pausedUntil > now ? this.pausedUntil : Infinity,
      this.sends.length ? this.sends[0]! + WINDOW_MS : Infinity,
      this.observed ? this.observed.until : Infinity,
      ...(this.queue[0]?.priority === 'background' ? [this.spreadFreesAt(now), this.foregroundFreesAt(now)] : []),
    ]
    const wakeAt = Math.min(...candidates)
    if (wakeAt !== Infinity) this.timer = setTimeout(() => this.pump(), Math.max(0, wakeAt - now) + 1)
  }

  private computeSnapshot(): BudgetSnapshot {
    const now = this.now()
    return {
      limit: this.limit,
      remaining: this.remaining(),
      queued: this.queue.length,
      pausedUntil: this.pausedUntil > now ? this.pausedUntil : null,
    }
  }

  private changed() {
    const next = this.computeSnapshot()
    const prev = this.snapshot
    if (next.limit === prev.limit && next.remaining === prev.remaining && next.queued === prev.queued && next.pausedUntil === prev.pausedUntil) {
      return
    }
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}

/** The budget's channel in a browser; null where BroadcastChannel is missing (old browsers, some tests). */
export function browserBudgetChannel(name: string): BudgetChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : (new BroadcastChannel(name) as BudgetChannel)
}
