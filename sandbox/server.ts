import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { RateLimiter } from './api/rate-limit'
import { sandboxApp } from './app'
import { defaultConfig, HOST, type SandboxConfig, type SandboxOptions } from './config'
import type { SandboxContext } from './context'
import { createClock } from './clock'
import { ensureDemoPat } from './demo-pat'
import { startLiveSimulation } from './live/simulation'
import { Store } from './store/store'
import { WebhookDispatcher, type WebhookDeliveryOptions } from './webhooks/dispatcher'

export interface RunningSandbox {
  /** `http://127.0.0.1:<port>` */
  origin: string
  config: SandboxConfig
  store: Store
  /** Stop listening, then write what is pending. */
  close: () => Promise<void>
}

/** Start the sandbox: load or seed the data, listen on 127.0.0.1. `port: 0` picks a free port. */
export async function startSandbox(
  options: SandboxOptions & { webhookDelivery?: Partial<WebhookDeliveryOptions> } = {},
): Promise<RunningSandbox> {
  const config = defaultConfig(options)
  const store = await Store.open(config)
  ensureDemoPat(store)
  let origin = ''
  const webhooks = new WebhookDispatcher(store, { allowPrivateTargets: config.allowPrivateWebhooks, ...options.webhookDelivery })
  const ctx: SandboxContext = { config, store, limiter: new RateLimiter(config.rateLimit), origin: () => origin, webhooks, clock: createClock(config.clock) }
  // Before listening, so the first request already sees who is tracking "now".
  const simulation = startLiveSimulation(ctx)
  const app = sandboxApp(ctx)
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: HOST, port: config.port }, () => resolve(s))
    s.once('error', reject)
  })
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`
  return {
    origin,
    config,
    store,
    close: async () => {
      webhooks.close()
      simulation.stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets would hold close() open; the sandbox has nothing to drain.
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      store.close()
      await store.flush()
    },
  }
}
