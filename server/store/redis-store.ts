import { Redis } from 'ioredis'
import type { ServerStore, WindowCount } from './store'

// Several server processes behind a load balancer share one Redis: sessions with `SET … PX`, the
// per-user budget window with one Lua script (INCR under a ceiling, PEXPIRE when the window is new),
// so the count and its expiry change together and no process can slip past the limit. The live
// board's state is a hash written by another script (a late event never overwrites a newer one),
// and its events go through pub/sub on a second connection (a subscribed one can do nothing else).

const PREFIX = 'wwcs:'

/** KEYS[1] window; ARGV[1] window ms, ARGV[2] max (-1: none). Returns {count, pttl, counted}. */
const INCREMENT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local max = tonumber(ARGV[2])
local counted = 0
if max < 0 or count < max then
  count = redis.call('INCR', KEYS[1])
  counted = 1
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 and count > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if count == 0 then ttl = 0 end
return {count, ttl, counted}
`

/** KEYS[1] window; ARGV[1] count, ARGV[2] window ms: raise the count, keep (or start) the expiry. */
const RAISE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > count then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
  else
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  end
end
return 1
`

/** Field value `<version>|<JSON>`; the hash's revision is its `~revision` field. */
const REVISION_FIELD = '~revision'

/** KEYS[1] hash; ARGV[1] field, ARGV[2] version, ARGV[3] JSON, ARGV[4] ttl ms. Returns the new revision, 0 when older. */
const PUT_IF_NEWER = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local stored = tonumber(string.match(current, '^([^|]+)|'))
  if stored and stored >= tonumber(ARGV[2]) then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3])
local revision = redis.call('HINCRBY', KEYS[1], '${REVISION_FIELD}', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return revision
`

export class RedisStore implements ServerStore {
  /** The subscribed connection (made at the first subscription) and each channel's listeners. */
  private subscriber: Redis | undefined
  private readonly channels = new Map<string, { listeners: Set<(message: string) => void>; subscribed: Promise<unknown> }>()

  private constructor(private readonly redis: Redis) {}

  /** Connect, and fail at start (not at the first request) when Redis cannot be reached. */
  static async connect(url: string): Promise<RedisStore> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3, enableOfflineQueue: true })
    redis.on('error', (error: Error) => console.error(`redis: ${error.message}`))
    try {
      await redis.connect()
      await redis.ping()
    } catch (error) {
      redis.disconnect()
      throw new Error(`could not reach Redis at ${new URL(url).host}: ${(error as Error).message}`, { cause: error })
    }
    return new RedisStore(redis)
  }

  async get<T>(key: string): Promise<T | undefined> {
    const value = await this.redis.get(PREFIX + key)
    return value === null ? undefined : (JSON.parse(value) as T)
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.redis.set(PREFIX + key, JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)))
  }

  async setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(PREFIX + key, JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK'
  }

  async take<T>(key: string): Promise<T | undefined> {
    const value = await this.redis.getdel(PREFIX + key)
    return value === null ? undefined : (JSON.parse(value) as T)
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(PREFIX + key)
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    await this.redis.pexpire(PREFIX + key, Math.max(1, Math.round(ttlMs)))
  }

  async increment(key: string, windowMs: number, max?: number): Promise<WindowCount & { counted: boolean }> {
    const [count, ttl, counted] = (await this.redis.eval(INCREMENT, 1, PREFIX + key, String(windowMs), String(max ?? -1))) as [number, number, number]
    return { count, resetMs: Math.max(0, ttl), counted: counted === 1 }
  }

  async raise(key: string, count: number, windowMs: number): Promise<void> {
    await this.redis.eval(RAISE, 1, PREFIX + key, String(Math.max(0, Math.round(count))), String(windowMs))
  }

  async putIfNewer(key: string, field: string, version: number, value: unknown, ttlMs: number): Promise<number> {
    const ttl = String(Math.max(1, Math.round(ttlMs)))
    return (await this.redis.eval(PUT_IF_NEWER, 1, PREFIX + key, field, String(version), JSON.stringify(value), ttl)) as number
  }

  async readVersioned<T>(key: string): Promise<{ fields: Map<string, T>; revision: number }> {
    const raw = await this.redis.hgetall(PREFIX + key)
    const fields = new Map<string, T>()
    for (const [field, stored] of Object.entries(raw)) {
      if (field !== REVISION_FIELD) fields.set(field, JSON.parse(stored.slice(stored.indexOf('|') + 1)) as T)
    }
    return { fields, revision: Number(raw[REVISION_FIELD] ?? 0) }
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.redis.publish(PREFIX + channel, message)
  }

  async subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>> {
    if (!this.subscriber) {
      const subscriber = this.redis.duplicate()
      subscriber.on('error', (error: Error) => console.error(`redis (subscriber): ${error.message}`))
      subscriber.on('message', (from: string, message: string) => {
        for (const each of this.channels.get(from.slice(PREFIX.length))?.listeners ?? []) each(message)
      })
      this.subscriber = subscriber
    }
    const subscriber = this.subscriber
    let entry = this.channels.get(channel)
    if (!entry) {
      entry = { listeners: new Set(), subscribed: subscriber.subscribe(PREFIX + channel) }
      this.channels.set(channel, entry)
    }
    const subscription = entry
    subscription.listeners.add(listener)
    // Whoever comes second waits for the same SUBSCRIBE: nothing published after this returns is missed.
    await subscription.subscribed
    return async () => {
      subscription.listeners.delete(listener)
      if (subscription.listeners.size > 0 || this.channels.get(channel) !== subscription) return
      this.channels.delete(channel)
      await subscriber.unsubscribe(PREFIX + channel).catch(() => undefined)
    }
  }

  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect())
    await this.redis.quit().catch(() => this.redis.disconnect())
  }
}
