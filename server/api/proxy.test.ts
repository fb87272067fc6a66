import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../../sandbox/demo-accounts'
import { Browser, startSetup, type Setup } from '../testing/fixture'

// The forwarding path's edges: the budget's 429, the vendor's 429, body limits (chunked too), streaming.

let small: Setup
let vendorLimited: Setup
beforeAll(async () => {
  ;[small, vendorLimited] = await Promise.all([
    // The server's budget is 5 a minute: background and page stop at 4, a click takes the 5th.
    startSetup({ server: { rateLimitPerMinute: 5 } }),
    // The vendor allows 4 a minute while the server thinks 60: the vendor's word wins.
    startSetup({ sandbox: { rateLimit: 4 } }),
  ])
})
afterAll(() => Promise.all([small.close(), vendorLimited.close()]))

async function signedIn(setup: Setup) {
  const browser = new Browser(setup.servers[0]!.origin)
  expect((await browser.signIn('owner@demo.test')).status).toBe(302)
  return browser
}

describe('the budget at the server', () => {
  it('refuses past the limit with 429, Retry-After and the error envelope, keeping the last slot for a click', async () => {
    const browser = await signedIn(small)
    // Sign-in itself read /workspaces and the member record: 2 of 5 are gone.
    const get = (priority: string) => browser.fetch('/api/v2/workspaces', { headers: { 'x-request-priority': priority } })
    expect((await get('background')).status).toBe(200)
    expect((await get('page')).status).toBe(200)
    const refused = await get('background')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(await refused.json()).toMatchObject({ success: false, error: 'Too Many Requests' })
    expect((await get('page')).status).toBe(429)
    const click = await get('user')
    expect(click.status).toBe(200)
    expect(click.headers.get('x-ratelimit-remaining')).toBe('0')
  })
})

describe("the vendor's own limit", () => {
  it('never reports more left than the vendor, and passes its 429 on with Retry-After', async () => {
    const browser = await signedIn(vendorLimited)
    // Sign-in used 2 of the vendor's 4; the server's own budget (60) thinks 57 are left.
    const ok = await browser.fetch('/api/v2/workspaces', { headers: { 'x-request-priority': 'user' } })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('x-ratelimit-limit')).toBe('60')
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('1')
    // The same user spends the vendor's last request elsewhere (a script with a personal token).
    const direct = await fetch(`${vendorLimited.sandbox.origin}/api/v2/workspaces`, { headers: { authorization: `Bearer ${DEMO_OWNER_PAT}` } })
    expect(direct.headers.get('x-ratelimit-remaining')).toBe('0')
    const refused = await browser.fetch('/api/v2/workspaces', { headers: { 'x-request-priority': 'user' } })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(await refused.json()).toMatchObject({ success: false })
    // The server now counts the window as spent: the next request is refused here, not sent.
    const next = await browser.fetch('/api/v2/workspaces', { headers: { 'x-request-priority': 'background' } })
    expect(next.status).toBe(429)
    expect(await next.json()).toMatchObject({ error: 'Too Many Requests' })
  })
})

describe('bodies', () => {
  it('passes an error answer through as the vendor sent it', async () => {
    const browser = new Browser(small.servers[0]!.origin)
    expect((await browser.signIn('manager@demo.test')).status).toBe(302)
    const response = await browser.fetch('/api/v2/no-such-endpoint')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ success: false, message: 'Endpoint not found.' })
  })

  // Last: the server closes a connection whose body it refused, which upsets the test client's pool.
  it('refuses a body over the limit, also when it comes chunked without a length', async () => {
    const browser = await signedIn(small)
    const big = new Uint8Array(1024 * 1024 + 10).fill(32)
    const sized = await browser.fetch('/api/v2/projects', { method: 'POST', body: big, headers: { 'content-type': 'application/json' } })
    expect(sized.status).toBe(413)
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(32))
        controller.close()
      },
    })
    const streamed = await browser.fetch('/api/v2/projects', {
      method: 'POST',
      body: chunked,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(await streamed.json()).toMatchObject({ success: false })
  })
})
