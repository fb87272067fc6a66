import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_ID } from '../config'
import type { RunningSandbox } from '../server'
import { api, authorizationCode, pkcePair, REDIRECT_URI, signIn, signInForm, startTestSandbox, tokenRequest, validAuthorizeParams } from '../testing/fixture'
import { SIGN_IN_FAILURES_PER_ACCOUNT } from './sign-in-throttle'

// What a stolen code or refresh token buys, and what guessing passwords costs (issue 14, item 10).

let sandbox: RunningSandbox
let origin: string
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  origin = sandbox.origin
})
afterAll(() => sandbox.close())

const works = async (accessToken: string) => (await api(origin, '/workspaces', { token: accessToken })).status === 200
const refresh = (refreshToken: string) => tokenRequest(origin, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID })

describe('replays end the whole grant', () => {
  it('a code redeemed twice: refused, and the tokens it gave are revoked', async () => {
    const { verifier, challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    const exchange = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier }
    const first = await tokenRequest(origin, exchange)
    expect(first.status).toBe(200)
    expect(await works(String(first.body.access_token))).toBe(true)

    const again = await tokenRequest(origin, exchange)
    expect(again.body.error).toBe('invalid_grant')
    expect(await works(String(first.body.access_token))).toBe(false)
    expect((await refresh(String(first.body.refresh_token))).body.error).toBe('invalid_grant')
  })

  it('a rotated refresh token used again: refused, and the pair that replaced it is revoked', async () => {
    const signedIn = await signIn(origin, 'manager@demo.test')
    const rotated = await refresh(signedIn.refresh_token)
    expect(rotated.status).toBe(200)
    expect(await works(String(rotated.body.access_token))).toBe(true)

    const replay = await refresh(signedIn.refresh_token)
    expect(replay.body.error).toBe('invalid_grant')
    expect(await works(String(rotated.body.access_token))).toBe(false)
    expect((await refresh(String(rotated.body.refresh_token))).body.error).toBe('invalid_grant')
  })

  it('another sign-in of the same user is not touched', async () => {
    const bystander = await signIn(origin, 'owner@demo.test')
    const victim = await signIn(origin, 'owner@demo.test')
    await refresh(victim.refresh_token)
    await refresh(victim.refresh_token)
    expect(await works(bystander.access_token)).toBe(true)
  })
})

describe('sign-in attempts', () => {
  it('are throttled per account after repeated wrong passwords, even for the right one', async () => {
    const params = validAuthorizeParams(pkcePair().challenge)
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT; i++) {
      expect((await signInForm(origin, params, { email: 'member@demo.test', password: `guess-${i}` })).status).toBe(401)
    }
    const blocked = await signInForm(origin, params, { email: 'member@demo.test' })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await blocked.text()).toContain('Too many sign-in attempts.')
    // Another account from the same address is still let in.
    expect((await signInForm(origin, params, { email: 'owner@demo.test' })).status).toBe(302)
  })
})
