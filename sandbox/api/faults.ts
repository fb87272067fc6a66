import type { MiddlewareHandler } from 'hono'
import type { SandboxConfig } from '../config'
import { ApiError } from './errors'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Fault injection for tests and demos, off by default: added latency with jitter, a share of
 * 5xx answers and a share of forced 429s. Forced answers look exactly like real ones.
 */
export function injectFaults(faults: SandboxConfig['faults'], random = Math.random): MiddlewareHandler {
  return async (_c, next) => {
    const delay = faults.latencyMs + random() * faults.jitterMs
    if (delay > 0) await sleep(delay)
    if (faults.rateLimitRate > 0 && random() < faults.rateLimitRate) {
      throw new ApiError(429, 'Too Many Attempts.', { error: 'Too Many Requests', headers: { 'Retry-After': '1' } })
    }
    if (faults.errorRate > 0 && random() < faults.errorRate) {
      const status = ([500, 502, 503] as const)[Math.floor(random() * 3)]!
      throw new ApiError(status, 'Server Error', { error: 'Injected fault' })
    }
    await next()
  }
}
