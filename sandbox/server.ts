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

/**
 * The sandbox without a listener: its context (data, limiter, webhooks, clock, live simulation)
 * and its Hono app. `startSandbox` serves it; in-process tests call `app.request` on it.
 */
export async function createSandbox(options: SandboxOptions & { webhookDelivery?: Partial<WebhookDeliveryOptions> } = {}) {
  const config = defaultConfig(options)
  const clock = createClock(config.clock)
  const store = await Store.open({ ...config, now: clock.now().getTime() })
  ensureDemoPat(store)
  const address = { origin: '' }
  const webhooks = new WebhookDispatcher(store, { allowPrivateTargets: config.allowPrivateWebhooks, ...options.webhookDelivery })
  const ctx: SandboxContext = { config, store, limiter: new RateLimiter(config.rateLimit), origin: () => address.origin, webhooks, clock }
  // Before the first request, so that it already sees who is tracking "now".
  const simulation = startLiveSimulation(ctx)
  return {
    ctx,
    app: sandboxApp(ctx),
    /** Where it is served, once it is (invitation links name it). */
    address,
    /** Stop background work, then write what is pending. */
    stop: async () => {
      webhooks.close()
      simulation.stop()
      store.close()
      await store.flush()
    },
  }
}

/** Start the sandbox: load or seed the data, listen on 127.0.0.1. `port: 0` picks a free port. */
export async function startSandbox(options: SandboxOptions & { webhookDelivery?: Partial<WebhookDeliveryOptions> } = {}): Promise<RunningSandbox> {
  const sandbox = await createSandbox(options)
  const { config, store } = sandbox.ctx
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: sandbox.app.fetch, hostname: HOST, port: config.port }, () => resolve(s))
    s.once('error', reject)
  })
  const origin = `http://${HOST}:${(server.address() as AddressInfo).port}`
  sandbox.address.origin = origin
  return {
    origin,
    config,
    store,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets would hold close() open; the sandbox has nothing to drain.
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      await sandbox.stop()
    },
  }
}
