import { WINDOW_MS, type BudgetSnapshot, type Priority, type RequestBudget } from './rate-budget'

// With the companion server, the server holds one budget per WebWork user across all tabs and
// devices, and serves clicks before the page before background work. The browser must not hold
// requests back a second time (it sees only its own tab): every request goes at once. What stays
// here is the header's meter, kept true by the X-RateLimit-* figures the server sends back.

export interface MeterBudgetOptions {
  /** Requests per minute (the config's rateLimitPerMinute) until the server says otherwise. */
  limit: number
  now?: () => number
}

export class MeterBudget implements RequestBudget {
  private limit: number
  /** This tab's sends in the last minute: the meter's estimate until the server has spoken. */
  private sends: number[] = []
  /** The server's last figure, the sends since, and until when it holds (its window is a minute). */
  private observed: { remaining: number; sentSince: number; until: number } | null = null
  private pausedUntil = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private listeners = new Set<() => void>()
  private snapshot: BudgetSnapshot
  private readonly now: () => number

  constructor(options: MeterBudgetOptions) {
    this.limit = options.limit
    this.now = options.now ?? Date.now
    this.snapshot = this.computeSnapshot()
  }

  /** Never waits: the server decides what goes first. */
  acquire(_priority: Priority, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    this.sends.push(this.now())
    if (this.observed) this.observed.sentSince++
    this.changed()
    return Promise.resolve()
  }

  settle(_priority: Priority, headers?: { limit: number | null; remaining: number | null }) {
    if (headers?.limit) this.limit = headers.limit
    if (headers?.remaining != null) this.observed = { remaining: headers.remaining, sentSince: 0, until: this.now() + WINDOW_MS }
    this.changed()
  }

  /** Shown on the meter; the refused request waits it out itself (see the client). */
  pause(seconds: number) {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + seconds * 1000)
    this.changed()
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = () => this.snapshot

  dispose() {
    clearTimeout(this.timer)
  }

  private computeSnapshot(): BudgetSnapshot {
    const now = this.now()
    this.sends = this.sends.filter((at) => at > now - WINDOW_MS)
    if (this.observed && this.observed.until <= now) this.observed = null
    // The server's figure counts every tab and device of the user: it wins over this tab's count.
    const estimate = this.observed ? this.observed.remaining - this.observed.sentSince : this.limit - this.sends.length
    return {
      limit: this.limit,
      remaining: Math.max(0, Math.min(this.limit, estimate)),
      queued: 0,
      pausedUntil: this.pausedUntil > now ? this.pausedUntil : null,
    }
  }

  private changed() {
    const next = this.computeSnapshot()
    // Wake when the figures change by themselves: a send leaves the minute, the server's figure
    // or a pause runs out.
    clearTimeout(this.timer)
    const now = this.now()
    const wakeAt = Math.min(
      this.sends.length ? this.sends[0]! + WINDOW_MS : Infinity,
      this.observed ? this.observed.until : Infinity,
      this.pausedUntil > now ? this.pausedUntil : Infinity,
    )
    this.timer = wakeAt === Infinity ? undefined : setTimeout(() => this.changed(), Math.max(0, wakeAt - now) + 1)
    const prev = this.snapshot
    if (next.limit === prev.limit && next.remaining === prev.remaining && next.queued === prev.queued && next.pausedUntil === prev.pausedUntil) {
      return
    }
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}
