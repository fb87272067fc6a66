import { bearerAuth, serverSessionAuth, type ApiClientOptions } from '@/lib/api/client'
import { MeterBudget } from '@/lib/api/meter-budget'
import { browserBudgetChannel, RateBudget } from '@/lib/api/rate-budget'
import { accessTokenOf, createAuth, type Auth, type OidcModule } from '@/lib/auth/auth'
import { createServerAuth } from '@/lib/auth/server-auth'
import type { AppConfig } from '@/lib/config'

// The one place where the two modes part ways (config.json's `mode`):
// - static (no `mode`): the browser signs in itself (PKCE or a personal access token), sends a
//   bearer token to the vendor's API and holds the user's rate budget across its tabs;
// - server: the companion server signs in and holds the tokens and the budget; the browser sends
//   its session cookie and each request's priority to the same origin.
// Everything above (router, pages, queries) sees the same `Auth` and the same API client.

export interface AppMode {
  auth: Auth
  api: Omit<ApiClientOptions, 'fetch'>
  /** Where the live stream of who is tracking is: the companion server's /events; null in static mode. */
  eventsUrl: string | null
}

export interface AppModeOptions {
  origin?: string
  fetch?: typeof fetch
  storage?: Storage
  loadOidc?: () => Promise<OidcModule>
  navigate?: (url: string) => void
  /** The budget's cross-tab channel (static mode); tests pass null. */
  channel?: ReturnType<typeof browserBudgetChannel>
}

export async function createAppMode(config: AppConfig, options: AppModeOptions = {}): Promise<AppMode> {
  if (config.mode === 'server') {
    const auth = await createServerAuth({ origin: options.origin, fetch: options.fetch, navigate: options.navigate })
    return {
      auth,
      api: {
        baseUrl: config.apiBaseUrl,
        auth: serverSessionAuth({ signedIn: () => auth.session() !== null }),
        budget: new MeterBudget({ limit: config.rateLimitPerMinute }),
      },
      eventsUrl: config.eventsUrl ?? null,
    }
  }
  const auth = await createAuth(config, { origin: options.origin, fetch: options.fetch, storage: options.storage, loadOidc: options.loadOidc })
  return {
    auth,
    api: {
      baseUrl: config.apiBaseUrl,
      auth: bearerAuth({ accessToken: () => accessTokenOf(auth.session()), renew: () => auth.renew() }),
      // Every tab of this dashboard shares the user's budget, per API.
      budget: new RateBudget({
        limit: config.rateLimitPerMinute,
        channel: options.channel !== undefined ? options.channel : browserBudgetChannel(`webwork-rate-budget:${config.apiBaseUrl}`),
      }),
    },
    eventsUrl: null,
  }
}
