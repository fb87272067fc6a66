import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSandbox } from '../../sandbox/testing/fixture'
import { Browser, freePort, startSetup, TEST_CLIENT_SECRET, type Setup } from '../testing/fixture'
import { spawnServers } from '../testing/processes'
import { REDIS_MISSING, redisAvailable, startRedis } from '../testing/redis'

// Two server processes behind one address (PUBLIC_URL), sharing one real redis-server: a session
// made on one is valid on the other, and the user's budget is one.

if (!redisAvailable) console.warn(REDIS_MISSING)

let redis: Awaited<ReturnType<typeof startRedis>>
let setup: Setup
beforeAll(async () => {
  if (!redisAvailable) return
  redis = await startRedis()
  setup = await startSetup({ count: 2, onePublicUrl: true, server: { redisUrl: redis.url } })
}, 30_000)
afterAll(async () => {
  await setup?.close()
  await redis?.stop()
})

describe.skipIf(!redisAvailable)('two server instances on one Redis', () => {
  it('share a session and a budget', async () => {
    const [a, b] = setup.servers
    // Behind a load balancer both answer for one PUBLIC_URL; in this test that is A's address.
    expect(b!.config.publicUrl).toBe(a!.config.publicUrl)
    expect(b!.config.redisUrl).toBe(redis.url)
    const viaA = new Browser(a!.origin)
    expect((await viaA.signIn('owner@demo.test')).status).toBe(302)
    const viaB = new Browser(b!.origin)
    for (const [name, value] of viaA.cookies) viaB.cookies.set(name, value)

    const session = await viaB.fetch('/auth/session')
    expect(session.status).toBe(200)
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe('owner@demo.test')

    const remaining = async (browser: Browser) => {
      const response = await browser.fetch('/api/v2/workspaces')
      expect(response.status).toBe(200)
      return Number(response.headers.get('x-ratelimit-remaining'))
    }
    const first = await remaining(viaA)
    expect(await remaining(viaB)).toBe(first - 1)
    expect(await remaining(viaA)).toBe(first - 2)

    // A write through B passes its CSRF check with the shared public origin, and sign-out on B ends the session on A.
    const logout = await viaB.fetch('/auth/logout', { method: 'POST', origin: a!.config.publicUrl })
    expect(logout.status).toBe(204)
    expect((await viaA.fetch('/auth/session')).status).toBe(401)
  })
})

describe.skipIf(!redisAvailable)('two server processes (npm run server) on one Redis', () => {
  it('share a session and a budget', async () => {
    const [p1, p2] = [await freePort(), await freePort()]
    const publicUrl = `http://127.0.0.1:${p1}`
    const sandbox = await startTestSandbox({ persist: false, clientSecret: TEST_CLIENT_SECRET, redirectUris: [`${publicUrl}/auth/callback`] })
    const processes = await spawnServers(sandbox, [p1, p2], { REDIS_URL: redis.url })
    try {
      for (const p of processes) {
        await expect.poll(p.output, { timeout: 15_000 }).toContain('Press Ctrl+C to stop.')
        expect(p.output()).toMatch(/Sessions, budget\s+Redis at 127\.0\.0\.1:/)
      }
      const one = new Browser(publicUrl)
      expect((await one.signIn('manager@demo.test')).status).toBe(302)
      const two = new Browser(`http://127.0.0.1:${p2}`)
      for (const [name, value] of one.cookies) two.cookies.set(name, value)
      expect(((await (await two.fetch('/auth/session')).json()) as { user: { email: string } }).user.email).toBe('manager@demo.test')
      const remaining = async (browser: Browser) => Number((await browser.fetch('/api/v2/workspaces')).headers.get('x-ratelimit-remaining'))
      const first = await remaining(two)
      expect(await remaining(one)).toBe(first - 1)
      expect(await remaining(two)).toBe(first - 2)
    } finally {
      expect(await Promise.all(processes.map((p) => p.stop()))).toEqual([0, 0])
      await sandbox.close()
    }
  })
})
