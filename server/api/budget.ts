import type { ServerStore } from '../store/store'

// One rate budget per WebWork user, shared by all their tabs and devices (and, with Redis, by all
// server processes): a fixed 60-second window counted in the store, as the vendor counts.
// Priorities, as the app sends them in X-Request-Priority: a click (`user`) may take the whole
// window, the page's own reads (`page`) leave a small reserve for clicks, and background work
// leaves a tenth. A request that finds no slot waits, in this process, for the window to turn,
// served user before page before background; past its longest wait it gets 429 + Retry-After.

export type Priority = 'user' | 'page' | 'background'
export const PRIORITIES: readonly Priority[] = ['user', 'page', 'background']
const RANK: Record<Priority, number> = { user: 0, page: 1, background: 2 }
export const WINDOW_MS = 60_000

export function parsePriority(value: string | undefined): Priority {
  return (PRIORITIES as readonly string[]).includes(value ?? '') ? (value as Priority) : 'page'
}

export type Grant = { ok: true; limit: number; remaining: number } | { ok: false; limit: number; retryAfterMs: number }

export interface BudgetOptions {
  limit: number
  windowMs?: number
  /** Longest wait for a slot per priority before answering 429. */
  maxWaitMs?: Partial<Record<Priority, number>>
}

interface Waiter {
  priority: Priority
  seq: number
  deadline: number
  resolve: (grant: Grant) => void
}

export class UserBudget {
  readonly limit: number
  private readonly windowMs: number
  private readonly maxWaitMs: Record<Priority, number>
  private readonly queues = new Map<string, { waiters: Waiter[]; timer?: NodeJS.Timeout }>()
  private seq = 0

  constructor(
    private readonly store: ServerStore,
    options: BudgetOptions,
  ) {
    this.limit = options.limit
    this.windowMs = options.windowMs ?? WINDOW_MS
    this.maxWaitMs = { user: 20_000, page: 10_000, background: 5_000, ...options.maxWaitMs }
  }

  /** How many of the window each priority may fill. */
  ceiling(priority: Priority): number {
    const reserve = Math.ceil(this.limit / 10)
    if (priority === 'background') return Math.max(1, this.limit - reserve)
    if (priority === 'page') return Math.max(1, this.limit - Math.ceil(reserve / 2))
    return this.limit
  }

  private key = (user: string) => `budget:${user}`

  private async tryTake(user: string, priority: Priority) {
    const window = await this.store.increment(this.key(user), this.windowMs, this.ceiling(priority))
    return { ...window, remaining: Math.max(0, this.limit - window.count) }
  }

  /** A slot for one request to the vendor, now or after waiting; or a refusal with Retry-After. */
  async acquire(user: string, priority: Priority, signal?: AbortSignal): Promise<Grant> {
    const queue = this.queues.get(user)
    // Someone of the same or a higher priority already waits here: queue behind them.
    const aheadOfUs = queue?.waiters.some((w) => RANK[w.priority] <= RANK[priority])
    if (!aheadOfUs) {
      const taken = await this.tryTake(user, priority)
      if (taken.counted) return { ok: true, limit: this.limit, remaining: taken.remaining }
      if (this.maxWaitMs[priority] < taken.resetMs) return { ok: false, limit: this.limit, retryAfterMs: taken.resetMs }
    }
    return new Promise<Grant>((resolve) => {
      const waiter: Waiter = { priority, seq: this.seq++, deadline: Date.now() + this.maxWaitMs[priority], resolve }
      const entry = this.queues.get(user) ?? { waiters: [] }
      entry.waiters.push(waiter)
      entry.waiters.sort((a, b) => RANK[a.priority] - RANK[b.priority] || a.seq - b.seq)
      this.queues.set(user, entry)
      signal?.addEventListener('abort', () => {
        entry.waiters = entry.waiters.filter((w) => w !== waiter)
        resolve({ ok: false, limit: this.limit, retryAfterMs: 0 })
      })
      if (!entry.timer) void this.drain(user)
    })
  }

  /** Serve this user's waiters in priority order while slots last, then sleep until the window turns. */
  private async drain(user: string): Promise<void> {
    const entry = this.queues.get(user)
    if (!entry) return
    entry.timer = undefined
    let resetMs = 0
    while (entry.waiters.length > 0) {
      const waiter = entry.waiters[0]!
      const taken = await this.tryTake(user, waiter.priority)
      if (taken.counted) {
        entry.waiters.shift()
        waiter.resolve({ ok: true, limit: this.limit, remaining: taken.remaining })
        continue
      }
      resetMs = taken.resetMs
      // Lower priorities have lower ceilings: none of them can go either. Refuse who cannot wait that long.
      const now = Date.now()
      entry.waiters = entry.waiters.filter((w) => {
        if (w.deadline >= now + resetMs) return true
        w.resolve({ ok: false, limit: this.limit, retryAfterMs: resetMs })
        return false
      })
      break
    }
    if (entry.waiters.length === 0) {
      this.queues.delete(user)
      return
    }
    entry.timer = setTimeout(() => void this.drain(user), Math.max(10, resetMs + 5))
    entry.timer.unref()
  }

  /** Count requests the server made on the user's behalf (the sign-in's own reads). */
  async spend(user: string, count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.store.increment(this.key(user), this.windowMs)
  }

  /**
   * The vendor's own figures: when it says fewer are left than we count, believe it; on its 429,
   * the window is spent. Our X-RateLimit-Remaining is then never more optimistic than the vendor's.
   */
  async observe(user: string, vendorRemaining: number | undefined, vendorRefused: boolean): Promise<void> {
    if (vendorRefused) await this.store.raise(this.key(user), this.limit, this.windowMs)
    else if (vendorRemaining !== undefined && Number.isFinite(vendorRemaining)) {
      await this.store.raise(this.key(user), this.limit - vendorRemaining, this.windowMs)
    }
  }

  close() {
    for (const entry of this.queues.values()) {
      clearTimeout(entry.timer)
      for (const w of entry.waiters) w.resolve({ ok: false, limit: this.limit, retryAfterMs: 1000 })
    }
    this.queues.clear()
  }
}
