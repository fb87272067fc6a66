import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, RecordingStore, startSetup, type Setup } from './testing/fixture'

// The whole path a user takes, against the sandbox in confidential mode (client secret, no CORS).

let setup: Setup
let store: RecordingStore
let origin: string
beforeAll(async () => {
  setup = await startSetup({ store: () => (store = new RecordingStore()) })
  origin = setup.servers[0]!.origin
})
afterAll(() => setup.close())

async function signedIn(email = 'owner@demo.test') {
  const browser = new Browser(origin)
  const callback = await browser.signIn(email)
  expect(callback.status).toBe(302)
  return browser
}

describe('sign-in through the companion server', () => {
  it('goes login → the sandbox page → callback → one HttpOnly session cookie → the page asked for', async () => {
    const browser = new Browser(origin)
    const login = await browser.fetch('/auth/login?returnTo=/w/1000/inbox')
    expect(login.status).toBe(302)
    const authorize = new URL(login.headers.get('location')!)
    expect(authorize.origin).toBe(setup.sandbox.origin)
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize.searchParams.get('state')).toBeTruthy()
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${origin}/auth/callback`)

    const callback = await browser.signIn('owner@demo.test')
    expect(callback.status).toBe(302)
    expect(callback.headers.get('location')).toBe('/w/1000/inbox')
    const session = callback.headers.getSetCookie().find((c) => c.startsWith('ww_session='))!
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)
    expect(session).toMatch(/Path=\//)
    expect(session).not.toMatch(/Secure/i)
    expect([...browser.cookies.keys()]).toEqual(['ww_session'])
  })

  it('says who is signed in and in which workspaces, and 401 without a session', async () => {
    const browser = await signedIn()
    const response = await browser.fetch('/auth/session')
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      signedIn: boolean
      user: { id: number; name: string; email: string }
      workspaces: { id: number; name: string; role: string }[]
    }
    expect(body.signedIn).toBe(true)
    expect(body.user).toMatchObject({ id: expect.any(Number), email: 'owner@demo.test' })
    expect(body.user.name).not.toBe('')
    expect(body.workspaces).toContainEqual(expect.objectContaining({ name: 'Acme Studio', role: 'Owner' }))

    const anonymous = await new Browser(origin).fetch('/auth/session')
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ signedIn: false })
  })

  it('rotates the session id at every sign-in', async () => {
    const browser = await signedIn()
    const first = browser.cookies.get('ww_session')
    const grants = setup.sandbox.store.data.oauthTokens.length
    await browser.signIn('manager@demo.test')
    // The first session's grant was revoked at the vendor: one grant out, one in.
    expect(setup.sandbox.store.data.oauthTokens.length).toBe(grants)
    expect(browser.cookies.get('ww_session')).not.toBe(first)
    const stale = new Browser(origin)
    stale.cookies.set('ww_session', first!)
    expect((await stale.fetch('/auth/session')).status).toBe(401)
    expect(((await (await browser.fetch('/auth/session')).json()) as { user: { email: string } }).user.email).toBe('manager@demo.test')
  })

  it('refuses a callback with an unknown state, or from another browser', async () => {
    const browser = new Browser(origin)
    const login = await browser.fetch('/auth/login')
    const state = new URL(login.headers.get('location')!).searchParams.get('state')!
    const other = new Browser(origin)
    expect((await other.fetch(`/auth/callback?code=x&state=${state}`)).status).toBe(400)
    expect((await browser.fetch('/auth/callback?code=x&state=made-up')).status).toBe(400)
    expect(other.cookies.has('ww_session')).toBe(false)
  })

  it('sends returnTo only to paths on this server', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const browser = new Browser(origin)
      const callback = await browser.signIn('owner@demo.test', returnTo)
      expect(callback.headers.get('location')).toBe('/')
    }
  })
})

describe('the API through the server', () => {
  it('forwards /api/v2/members with the session token: same status and envelope, the budget figures', async () => {
    const browser = await signedIn()
    const workspaces = (await (await browser.fetch('/api/v2/workspaces')).json()) as { data: { id: number }[] }
    const workspaceId = workspaces.data[0]!.id
    const response = await browser.fetch(`/api/v2/members?workspace_id=${workspaceId}&per_page=5`, { headers: { 'x-request-priority': 'user' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-ratelimit-limit')).toBe('60')
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(60)
    const body = (await response.json()) as { success: boolean; data: unknown[]; meta: { pagination: { per_page: number } } }
    expect(body.success).toBe(true)
    expect(body.data).toHaveLength(5)
    expect(body.meta.pagination.per_page).toBe(5)

    const missing = await browser.fetch(`/api/v2/members/999999?workspace_id=${workspaceId}`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ success: false })
  })

  it('answers 401 with the API error envelope without a session', async () => {
    const response = await new Browser(origin).fetch('/api/v2/workspaces')
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({
      success: false,
      message: 'Unauthenticated.',
      error: 'Unauthorized',
      meta: { api_version: expect.any(String) },
    })
  })

  it('lets a same-origin write through and refuses a cross-site one (403, CSRF)', async () => {
    const browser = await signedIn()
    const { data } = (await (await browser.fetch('/api/v2/workspaces')).json()) as { data: { id: number }[] }
    const body = JSON.stringify({ workspace_id: data[0]!.id, name: `Via server ${Date.now()}` })
    const headers = { 'content-type': 'application/json', 'x-request-priority': 'user' }
    const forged = await browser.fetch('/api/v2/projects', { method: 'POST', body, headers, origin: 'https://evil.example' })
    expect(forged.status).toBe(403)
    expect(await forged.json()).toMatchObject({ success: false, error: 'Forbidden' })
    const noOrigin = await browser.fetch('/api/v2/projects', { method: 'POST', body, headers, origin: null })
    expect(noOrigin.status).toBe(403)
    const formPost = await browser.fetch('/auth/logout', { method: 'POST', origin: 'https://evil.example' })
    expect(formPost.status).toBe(403)
    const created = await browser.fetch('/api/v2/projects', { method: 'POST', body, headers })
    expect(created.status).toBe(201)
  })

  it('never shows the browser a token: not in a body, not in a header', async () => {
    const browser = await signedIn()
    await browser.fetch('/auth/session')
    await browser.fetch('/api/v2/workspaces')
    await browser.fetch('/config.json')
    await browser.fetch('/')
    expect(store.tokens.size).toBeGreaterThan(0)
    const everything = browser.seen.join('\n')
    for (const token of store.tokens) expect(everything).not.toContain(token)
    expect(everything).not.toMatch(/access_token|refresh_token/)
  })

  it('keeps the tokens sealed in the store (a dump of Redis holds none)', async () => {
    await signedIn()
    const stored = store.values.join('\n')
    expect(stored).toContain('"sealed"')
    for (const token of store.tokens) expect(stored).not.toContain(token)
  })

  it('shares one budget between two sessions of the same user', async () => {
    const a = await signedIn()
    const b = await signedIn()
    const remaining = async (browser: Browser) => Number((await browser.fetch('/api/v2/workspaces')).headers.get('x-ratelimit-remaining'))
    const first = await remaining(a)
    const second = await remaining(b)
    const third = await remaining(a)
    expect(second).toBe(first - 1)
    expect(third).toBe(first - 2)
    // Another user has a budget of their own.
    const manager = await signedIn('manager@demo.test')
    expect(await remaining(manager)).toBeGreaterThan(first)
  })
})

describe('sign-out', () => {
  it('revokes the tokens at the vendor, ends the session and clears the cookie (204)', async () => {
    const browser = await signedIn()
    expect((await browser.fetch('/api/v2/workspaces')).status).toBe(200)
    const tokensBefore = setup.sandbox.store.data.oauthTokens.length
    const response = await browser.fetch('/auth/logout', { method: 'POST' })
    expect(response.status).toBe(204)
    expect(response.headers.getSetCookie().join()).toMatch(/ww_session=;.*Max-Age=0/i)
    expect(setup.sandbox.store.data.oauthTokens.length).toBe(tokensBefore - 1)
    expect(browser.cookies.has('ww_session')).toBe(false)
    expect((await browser.fetch('/auth/session')).status).toBe(401)
  })
})

describe('what the server serves', () => {
  it('serves the server-mode config and the app, with the security headers', async () => {
    const browser = new Browser(origin)
    const config = await browser.fetch('/config.json')
    expect(await config.json()).toEqual({ mode: 'server', apiBaseUrl: `${origin}/api/v2`, rateLimitPerMinute: 60, eventsUrl: `${origin}/events` })
    const page = await browser.fetch('/w/1000/inbox')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    const csp = page.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await browser.fetch('/robots.txt')).status).toBe(200)
    expect((await browser.fetch('/api/v2/workspaces')).headers.get('x-content-type-options')).toBe('nosniff')
  })
})
