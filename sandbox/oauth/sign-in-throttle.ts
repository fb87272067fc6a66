import { RateLimiter } from '../api/rate-limit'

/**
 * Wrong passwords allowed per minute, per account and per client address (assumed; the vendor
 * documents none). A person who mistypes a few times is never held up; a guesser is.
 */
export const SIGN_IN_FAILURES_PER_ACCOUNT = 5
export const SIGN_IN_FAILURES_PER_ADDRESS = 20

/** Counts failed sign-ins; once either count is spent, sign-ins wait until its minute is over. */
export class SignInThrottle {
  private readonly accounts = new RateLimiter(SIGN_IN_FAILURES_PER_ACCOUNT)
  private readonly addresses = new RateLimiter(SIGN_IN_FAILURES_PER_ADDRESS)
  private readonly blockedUntil = new Map<string, number>()

  /** Seconds to wait, or null when a sign-in may be tried now. */
  blocked(email: string, address: string, now = Date.now()): number | null {
    const until = Math.max(this.blockedUntil.get(`account:${email}`) ?? 0, this.blockedUntil.get(`address:${address}`) ?? 0)
    return until > now ? Math.ceil((until - now) / 1000) : null
  }

  failed(email: string, address: string, now = Date.now()): void {
    for (const [key, limiter] of [
      [`account:${email}`, this.accounts],
      [`address:${address}`, this.addresses],
    ] as const) {
      const decision = limiter.hit(key, now)
      if (decision.remaining === 0) this.blockedUntil.set(key, decision.resetAt)
    }
  }
}
