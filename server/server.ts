import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { UserBudget } from './api/budget'
import { serverApp } from './app'
import { Sessions } from './auth/sessions'
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from './config'
import type { ServerContext } from './context'
import type { LiveOptions } from './live/events'
import { findBuiltApp, type BuiltApp } from './static-app'
import { MemoryStore } from './store/memory-store'
import type { ServerStore } from './store/store'

export interface RunningServer {
  /** `http://<host>:<port>` where it listens. */
  origin: string
  config: ServerConfig
  built: BuiltApp
  store: ServerStore
  close: () => Promise<void>
}

/** Redis when REDIS_URL is set (several instances share it), else this process's memory. */
export async function openStore(config: ServerConfig): Promise<ServerStore> {
  if (!config.redisUrl) return new MemoryStore()
  const { RedisStore } = await import('./store/redis-store')
  return RedisStore.connect(config.redisUrl)
}

/** Start the companion server. `port: 0` picks a free port (then PUBLIC_URL should follow it). */
export async function startServer(
  input: ServerConfig | ServerConfigInput,
  options: { store?: ServerStore; live?: Partial<LiveOptions> } = {},
): Promise<RunningServer> {
  const config = parseServerConfig(input as Record<string, unknown>)
  const store = options.store ?? (await openStore(config))
  const budget = new UserBudget(store, { limit: config.rateLimitPerMinute })
  const ctx: ServerContext = { config, store, sessions: new Sessions(config, store), budget }
  const built = findBuiltApp(config)
  const app = serverApp(ctx, built, options.live)
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s))
    s.once('error', reject)
  })
  const origin = `http://${config.host}:${(server.address() as AddressInfo).port}`
  return {
    origin,
    config,
    built,
    store,
    close: async () => {
      budget.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      if (!options.store) await store.close()
    },
  }
}
