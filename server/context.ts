import type { UserBudget } from './api/budget'
import type { Sessions } from './auth/sessions'
import type { ServerConfig } from './config'
import type { ServerStore } from './store/store'

/** What every route of the companion server can reach. */
export interface ServerContext {
  config: ServerConfig
  store: ServerStore
  sessions: Sessions
  budget: UserBudget
}

/** One call to the vendor's API V2 with a bearer token (`path` starts after /api/v2). */
export function vendorUrl(config: ServerConfig, pathAndQuery: string): string {
  return `${config.apiBaseUrl}${pathAndQuery}`
}
