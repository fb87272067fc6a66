import { api, bearerAuth } from '../src/lib/api/client'
import { RateBudget } from '../src/lib/api/rate-budget'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import type { RunningSandbox } from '../sandbox/server'

/**
 * The app's own API client, budget and all, pointed at a sandbox as the demo owner; every answer's
 * status is pushed onto the returned list, so a bench counts requests and 429s.
 */
export function configureAppClient(sandbox: RunningSandbox): number[] {
  const statuses: number[] = []
  api.configure({
    baseUrl: `${sandbox.origin}/api/v2`,
    auth: bearerAuth({ accessToken: () => DEMO_OWNER_PAT, renew: async () => false }),
    budget: new RateBudget({ limit: 60, channel: null }),
    fetch: async (input, init) => {
      const response = await fetch(input, init)
      statuses.push(response.status)
      return response
    },
  })
  return statuses
}
