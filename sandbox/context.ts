import type { SandboxClock } from './clock'
import type { SandboxConfig } from './config'
import type { Store } from './store/store'
import type { RateLimiter } from './api/rate-limit'
import type { UserRecord } from './store/types'
import type { WebhookDispatcher } from './webhooks/dispatcher'

/** What every route of the sandbox can reach. */
export interface SandboxContext {
  config: SandboxConfig
  store: Store
  limiter: RateLimiter
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  origin: () => string
  /** "Now" for live tracking: real, frozen or sped up (`--clock`). */
  clock: SandboxClock
  /** Background delivery of webhook events (see sandbox/webhooks/). */
  webhooks: WebhookDispatcher
}

export interface Caller {
  user: UserRecord
  scope: readonly string[]
  via: 'oauth' | 'pat'
}

/** Hono's typed variables for API routes. */
export interface ApiEnv {
  Variables: {
    caller: Caller
    /** The parsed JSON body of a write request ({} when there is none). */
    body: Record<string, unknown>
  }
}
