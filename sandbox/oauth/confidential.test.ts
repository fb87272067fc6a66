import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_ID, DEMO_CLIENT_SECRET, configFromProcess } from '../config'
import type { RunningSandbox } from '../server'
import { api, authorizationCode, pkcePair, REDIRECT_URI, startTestSandbox, tokenRequest } from '../testing/fixture'

// The sandbox's hard mode: a confidential client and no CORS, like a vendor that does not serve browsers.

const SECRET = 'test-secret-1234567890'
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

let sandbox: RunningSandbox
let origin: string
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, clientSecret: SECRET })
  origin = sandbox.origin
})
afterAll(() => sandbox.close())

async function codeAndVerifier() {
  const { verifier, challenge } = pkcePair()
  const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
  return { code, verifier, body: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier } }
}

async function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(new URL(path, origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  })
}

describe('confidential mode: the token endpoint', () => {
  it('issues tokens to client_secret_post', async () => {
    const { body } = await codeAndVerifier()
    const tokens = await tokenRequest(origin, { ...body, client_id: CLIENT_ID, client_secret: SECRET })
    expect(tokens.status).toBe(200)
    expect(tokens.body.access_token).toEqual(expect.any(String))
  })

  it('issues tokens to client_secret_basic and refreshes with it', async () => {
    const { body } = await codeAndVerifier()
    const response = await post('/oauth/token', body, { authorization: basic(CLIENT_ID, SECRET) })
    expect(response.status).toBe(200)
    const tokens = (await response.json()) as { refresh_token: string; access_token: string }
    const refreshed = await post(
      '/oauth/token',
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      { authorization: basic(CLIENT_ID, SECRET) },
    )
    expect(refreshed.status).toBe(200)
  })

  it.each([
    ['no secret (PKCE alone)', (b: Record<string, string>) => ({ ...b, client_id: CLIENT_ID }), {}],
    ['a wrong secret in the body', (b: Record<string, string>) => ({ ...b, client_id: CLIENT_ID, client_secret: 'wrong-secret' }), {}],
    ['a wrong secret in Basic', (b: Record<string, string>) => b, { authorization: basic(CLIENT_ID, 'wrong-secret') }],
    ['another client id with the secret', (b: Record<string, string>) => ({ ...b, client_id: 'someone', client_secret: SECRET }), {}],
  ])('answers %s with invalid_client (401) and keeps the code unredeemed', async (_case, shape, headers) => {
    const { body } = await codeAndVerifier()
    const response = await post('/oauth/token', shape(body), headers)
    expect(response.status).toBe(401)
    expect(((await response.json()) as { error: string }).error).toBe('invalid_client')
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/)
    // The code still works for the real client: a failed client check consumed nothing.
    const ok = await post('/oauth/token', body, { authorization: basic(CLIENT_ID, SECRET) })
    expect(ok.status).toBe(200)
  })

  it('refuses a refresh without the secret', async () => {
    const { body } = await codeAndVerifier()
    const tokens = (await (await post('/oauth/token', body, { authorization: basic(CLIENT_ID, SECRET) })).json()) as { refresh_token: string }
    const response = await post('/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: CLIENT_ID })
    expect(response.status).toBe(401)
    expect(((await response.json()) as { error: string }).error).toBe('invalid_client')
  })
})

describe('confidential mode: revoke and CORS', () => {
  it('revokes only for the authenticated client', async () => {
    const { body } = await codeAndVerifier()
    const tokens = (await (await post('/oauth/token', body, { authorization: basic(CLIENT_ID, SECRET) })).json()) as { access_token: string }
    expect((await post('/oauth/revoke', { token: tokens.access_token })).status).toBe(401)
    expect((await api(origin, '/workspaces', { token: tokens.access_token })).status).toBe(200)
    expect((await post('/oauth/revoke', { token: tokens.access_token }, { authorization: basic(CLIENT_ID, SECRET) })).status).toBe(200)
    expect((await api(origin, '/workspaces', { token: tokens.access_token })).status).toBe(401)
  })

  it('sends no CORS headers on the token, revoke and API endpoints, even to a registered origin', async () => {
    const appOrigin = new URL(REDIRECT_URI).origin
    const preflight = (path: string) =>
      fetch(new URL(path, origin), { method: 'OPTIONS', headers: { origin: appOrigin, 'access-control-request-method': 'POST' } })
    for (const path of ['/oauth/token', '/oauth/revoke', '/api/v2/workspaces']) {
      expect((await preflight(path)).headers.get('access-control-allow-origin'), path).toBeNull()
    }
    const { body } = await codeAndVerifier()
    const token = await post('/oauth/token', body, { authorization: basic(CLIENT_ID, SECRET), origin: appOrigin })
    expect(token.headers.get('access-control-allow-origin')).toBeNull()
    const { access_token } = (await token.json()) as { access_token: string }
    const members = await api(origin, '/workspaces', { token: access_token, headers: { origin: appOrigin } })
    expect(members.status).toBe(200)
    expect(members.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('default (public) mode is unchanged', () => {
  it('still sends CORS to a registered origin and refuses a presented secret', async () => {
    const open = await startTestSandbox({ persist: false })
    try {
      const appOrigin = new URL(REDIRECT_URI).origin
      const response = await fetch(new URL('/oauth/token', open.origin), {
        method: 'OPTIONS',
        headers: { origin: appOrigin, 'access-control-request-method': 'POST' },
      })
      expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin)
      const { verifier, challenge } = pkcePair()
      const { code } = await authorizationCode(open.origin, 'owner@demo.test', challenge)
      const tokens = await tokenRequest(open.origin, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        client_id: CLIENT_ID,
        client_secret: SECRET,
        code_verifier: verifier,
      })
      expect(tokens.body.error).toBe('invalid_client')
    } finally {
      await open.close()
    }
  })
})

describe('configFromProcess: confidential mode', () => {
  it('is off by default, on with --confidential (demo secret) or SANDBOX_CLIENT_SECRET', () => {
    expect(configFromProcess([], {}).clientSecret).toBeUndefined()
    expect(configFromProcess(['--confidential'], {}).clientSecret).toBe(DEMO_CLIENT_SECRET)
    expect(configFromProcess(['--confidential'], { SANDBOX_CLIENT_SECRET: 'my-own-secret' }).clientSecret).toBe('my-own-secret')
    expect(configFromProcess([], { SANDBOX_CLIENT_SECRET: 'my-own-secret' }).clientSecret).toBe('my-own-secret')
    expect(() => configFromProcess([], { SANDBOX_CLIENT_SECRET: 'short' })).toThrow()
  })
})
