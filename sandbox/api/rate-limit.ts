const WINDOW_MS = 60_000

export interface RateDecision {
  limit: number
  remaining: number
  /** Seconds until the window resets; set when the request is refused. */
  retryAfter?: number
  resetAt: number
}

/**
 * The vendor's 60 requests per minute per user, shared by all of that user's tokens. A fixed
 * window that opens at the first request, as Laravel's throttle middleware does (the vendor's
 * backend appears to be Laravel; the exact algorithm is assumed).
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly limit: number) {}

  hit(key: string, now = Date.now()): RateDecision {
    let window = this.windows.get(key)
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    const resetAt = window.start + WINDOW_MS
    if (window.count >= this.limit) {
      return { limit: this.limit, remaining: 0, retryAfter: Math.max(1, Math.ceil((resetAt - now) / 1000)), resetAt }
    }
    window.count++
    return { limit: this.limit, remaining: this.limit - window.count, resetAt }
  }
}
