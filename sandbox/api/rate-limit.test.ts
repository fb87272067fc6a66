import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../src/contract/envelope'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, signIn, startTestSandbox } from '../testing/fixture'
import { RateLimiter } from './rate-limit'

describe('RateLimiter', () => {
  it('allows `limit` hits per window, then tells how long to wait, then opens a new window', () => {
    const limiter = new RateLimiter(3)
    const t0 = 1_000_000
    expect([1, 2, 3].map((i) => limiter.hit('u', t0 + i).remaining)).toEqual([2, 1, 0])
    expect(limiter.hit('u', t0 + 20_000)).toMatchObject({ remaining: 0, retryAfter: 41 })
    expect(limiter.hit('other', t0 + 20_000).remaining).toBe(2)
    const reopened = limiter.hit('u', t0 + 60_001)
    expect(reopened.remaining).toBe(2)
    expect(reopened.retryAfter).toBeUndefined()
  })
})

describe('the per-user limit over HTTP', () => {
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startTestSandbox({ persist: false, rateLimit: 5 })
  })
  afterAll(() => sandbox.close())

  it('sends the headers on every answer, is shared by all tokens of a user, and answers 429 with Retry-After', async () => {
    const oauth = (await signIn(sandbox.origin, 'owner@demo.test')).access_token
    const seen: string[] = []
    for (const token of [DEMO_OWNER_PAT, oauth, DEMO_OWNER_PAT, oauth, DEMO_OWNER_PAT]) {
      const response = await api(sandbox.origin, '/workspaces', { token })
      expect(response.status).toBe(200)
      expect(response.headers.get('x-ratelimit-limit')).toBe('5')
      seen.push(response.headers.get('x-ratelimit-remaining')!)
    }
    expect(seen).toEqual(['4', '3', '2', '1', '0'])
    const refused = await api(sandbox.origin, '/workspaces', { token: oauth })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(errorEnvelopeSchema.parse(refused.body).success).toBe(false)
    // Another user has a budget of their own.
    const manager = (await signIn(sandbox.origin, 'manager@demo.test')).access_token
    expect((await api(sandbox.origin, '/workspaces', { token: manager })).status).toBe(200)
  })

  it('puts the headers on error answers too', async () => {
    const response = await api(sandbox.origin, '/workspaces', { token: 'unknown' })
    expect(response.status).toBe(401)
    expect(response.headers.get('x-ratelimit-limit')).toBe('5')
  })
})

describe('fault injection', () => {
  it('turns answers into 5xx envelopes at the configured share', async () => {
    const sandbox = await startTestSandbox({ persist: false, faults: { errorRate: 1 } })
    try {
      const response = await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })
      expect([500, 502, 503]).toContain(response.status)
      expect(errorEnvelopeSchema.parse(response.body).success).toBe(false)
    } finally {
      await sandbox.close()
    }
  })

  it('forces 429s with Retry-After', async () => {
    const sandbox = await startTestSandbox({ persist: false, faults: { rateLimitRate: 1 } })
    try {
      const response = await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })
      expect(response.status).toBe(429)
      expect(response.headers.get('retry-after')).toBe('1')
    } finally {
      await sandbox.close()
    }
  })

  it('adds latency', async () => {
    const sandbox = await startTestSandbox({ persist: false, faults: { latencyMs: 150 } })
    try {
      const started = performance.now()
      await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })
      expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    } finally {
      await sandbox.close()
    }
  })
})
