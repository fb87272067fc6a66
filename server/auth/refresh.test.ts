import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, startSetup, type Setup } from '../testing/fixture'

// The server renews tokens itself: before they expire, after a 401, once for many requests.

let setup: Setup
let origin: string
beforeAll(async () => {
  // 11-second access tokens: the server renews them 10 s early, so after a second every request needs a renewal.
  setup = await startSetup({ sandbox: { accessTokenTtl: 11 } })
  origin = setup.servers[0]!.origin
})
afterAll(() => setup.close())

const tokenRecords = () => setup.sandbox.store.data.oauthTokens

async function signedIn() {
  const browser = new Browser(origin)
  expect((await browser.signIn('owner@demo.test')).status).toBe(302)
  return browser
}

describe('token renewal', () => {
  it('renews an access token about to expire, once for concurrent requests', async () => {
    const browser = await signedIn()
    const before = tokenRecords().length
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const answers = await Promise.all(Array.from({ length: 4 }, () => browser.fetch('/api/v2/workspaces')))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    // Rotation: the old grant ended, exactly one new one began.
    expect(tokenRecords().length).toBe(before)
    expect((await browser.fetch('/auth/session')).status).toBe(200)
  })

  it('renews after the vendor refuses a token (401) and retries once', async () => {
    const browser = await signedIn()
    // The newest grant is this session's: expire its access token at the vendor behind the server's back.
    const record = tokenRecords().at(-1)!
    record.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString()
    const response = await browser.fetch('/api/v2/workspaces')
    expect(response.status).toBe(200)
    expect(tokenRecords()).not.toContain(record)
  })

  it('ends the session when the grant was revoked at the vendor (401 to the app, cookie cleared)', async () => {
    const browser = await signedIn()
    setup.sandbox.store.data.oauthTokens.pop()
    const response = await browser.fetch('/api/v2/workspaces')
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ success: false, message: 'Unauthenticated.' })
    expect(browser.cookies.has('ww_session')).toBe(false)
  })
})
