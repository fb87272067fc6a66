import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REDIS_MISSING, redisAvailable, startRedis } from '../testing/redis'
import { MemoryStore } from './memory-store'
import { RedisStore } from './redis-store'
import type { ServerStore } from './store'

// One contract, two stores: whatever the memory store does, the Redis store does the same.

if (!redisAvailable) console.warn(REDIS_MISSING)

let redis: Awaited<ReturnType<typeof startRedis>> | undefined
beforeAll(async () => {
  if (redisAvailable) redis = await startRedis()
})
afterAll(() => redis?.stop())

const kinds = [
  { name: 'memory', available: true, open: async (): Promise<ServerStore> => new MemoryStore() },
  { name: 'redis', available: redisAvailable, open: async (): Promise<ServerStore> => RedisStore.connect(redis!.url) },
]

describe.each(kinds)('$name store', ({ name, available, open }) => {
  const test = available ? it : it.skip
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const key = (name: string) => `${name}:${Math.random().toString(36).slice(2)}`

  test('keeps JSON values until they expire', async () => {
    const store = await open()
    const k = key('v')
    await store.set(k, { a: 1, b: ['x'] }, 150)
    expect(await store.get(k)).toEqual({ a: 1, b: ['x'] })
    await sleep(200)
    expect(await store.get(k)).toBeUndefined()
    await store.close()
  })

  test("extends a value's life without rewriting it", async () => {
    const store = await open()
    const k = key('x')
    await store.set(k, 'kept', 150)
    await sleep(100)
    await store.touch(k, 300)
    await sleep(100)
    expect(await store.get(k)).toBe('kept')
    await store.touch(key('absent'), 300)
    expect(await store.get(key('absent'))).toBeUndefined()
    await store.close()
  })

  test('takes a value once, deletes, and locks with setIfAbsent', async () => {
    const store = await open()
    const k = key('t')
    await store.set(k, 'once', 10_000)
    expect(await store.take(k)).toBe('once')
    expect(await store.take(k)).toBeUndefined()
    expect(await store.setIfAbsent(k, 1, 10_000)).toBe(true)
    expect(await store.setIfAbsent(k, 2, 10_000)).toBe(false)
    await store.delete(k)
    expect(await store.setIfAbsent(k, 3, 10_000)).toBe(true)
    await store.close()
  })

  test('counts in a window under a ceiling, raises, and opens a new window after it', async () => {
    const store = await open()
    const k = key('w')
    expect(await store.increment(k, 300, 2)).toMatchObject({ count: 1, counted: true })
    expect(await store.increment(k, 300, 2)).toMatchObject({ count: 2, counted: true })
    const refused = await store.increment(k, 300, 2)
    expect(refused).toMatchObject({ count: 2, counted: false })
    expect(refused.resetMs).toBeGreaterThan(0)
    expect(refused.resetMs).toBeLessThanOrEqual(300)
    await store.raise(k, 5, 300)
    expect(await store.increment(k, 300)).toMatchObject({ count: 6, counted: true })
    await sleep(350)
    expect(await store.increment(k, 300, 2)).toMatchObject({ count: 1, counted: true })
    await store.close()
  })

  test('keeps the newest version of each hash field, counting writes in one revision', async () => {
    const store = await open()
    const k = key('h')
    expect(await store.readVersioned(k)).toEqual({ fields: new Map(), revision: 0 })
    expect(await store.putIfNewer(k, '7', 10, { a: 1 }, 10_000)).toBe(1)
    expect(await store.putIfNewer(k, '8', 5, 'x|y', 10_000)).toBe(2)
    // Late or repeated: an older or equal version changes nothing.
    expect(await store.putIfNewer(k, '7', 9, { a: 0 }, 10_000)).toBe(0)
    expect(await store.putIfNewer(k, '7', 10, { a: 0 }, 10_000)).toBe(0)
    expect(await store.putIfNewer(k, '7', 1_800_000_000_001, { a: 2 }, 10_000)).toBe(3)
    expect(await store.readVersioned(k)).toEqual({
      fields: new Map<string, unknown>([
        ['7', { a: 2 }],
        ['8', 'x|y'],
      ]),
      revision: 3,
    })
    await store.close()
  })

  test('delivers published messages to every subscriber of the channel until it leaves', async () => {
    const [publisher, subscriber] = [await open(), await open()]
    // One store's memory is its own: the memory store's subscribers are its own process's.
    const other = name === 'memory' ? publisher : subscriber
    const channel = key('c')
    const first: string[] = []
    const second: string[] = []
    const leaveFirst = await other.subscribe(channel, (m) => first.push(m))
    const leaveSecond = await other.subscribe(channel, (m) => second.push(m))
    await publisher.publish(channel, 'one')
    await publisher.publish(key('elsewhere'), 'not for us')
    await expect.poll(() => second).toEqual(['one'])
    expect(first).toEqual(['one'])
    await leaveFirst()
    await publisher.publish(channel, 'two')
    await expect.poll(() => second).toEqual(['one', 'two'])
    expect(first).toEqual(['one'])
    await leaveSecond()
    await Promise.all([publisher.close(), subscriber.close()])
  })
})
