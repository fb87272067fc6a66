import { Redis } from 'ioredis'
import type { ServerStore, WindowCount } from './store'

// Several server processes behind a load balancer share one Redis: sessions with `SET … PX`, the
// per-user budget window with one Lua script (INCR under a ceiling, PEXPIRE when the window is new),
// so the count and its expiry change together and no process can slip past the limit.

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

export class RedisStore implements ServerStore {
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

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect())
  }
}
