import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_ID } from '../config'
import type { RunningSandbox } from '../server'
import {
  api,
  authorizationCode,
  authorizeUrl,
  pkcePair,
  REDIRECT_URI,
  signIn,
  signInForm,
  startTestSandbox,
  tokenRequest,
  validAuthorizeParams,
} from '../testing/fixture'

let sandbox: RunningSandbox
let origin: string
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, authCodeTtl: 1 })
  origin = sandbox.origin
})
afterAll(() => sandbox.close())

const exchange = (code: string, verifier: string, overrides: Record<string, string> = {}) =>
  tokenRequest(origin, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    code_verifier: verifier,
    ...overrides,
  })

describe('GET /oauth/authorize', () => {
  it('shows an accessible sign-in page for a valid PKCE request', async () => {
    const response = await fetch(authorizeUrl(origin, validAuthorizeParams(pkcePair().challenge)))
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<label for="email">Email</label>')
    expect(html).toContain('<label for="password">Password</label>')
    expect(html).toMatch(/<button[^>]*value="allow">Sign in<\/button>/)
    expect(html).toContain('lang="en"')
  })

  it.each([
    ['an unknown client', { client_id: 'someone-else' }],
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/callback' }],
    ['a missing redirect_uri', { redirect_uri: undefined }],
  ])('answers %s with an error page, never a redirect', async (_case, overrides) => {
    const response = await fetch(authorizeUrl(origin, validAuthorizeParams(pkcePair().challenge, overrides)), {
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).toContain('This sign-in link is not valid')
  })

  it.each([
    ['a missing code_challenge', { code_challenge: undefined }, 'invalid_request'],
    ['the plain method', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['a missing method', { code_challenge_method: undefined }, 'invalid_request'],
    ['a missing state', { state: undefined }, 'invalid_request'],
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['an unknown scope', { scope: 'read everything' }, 'invalid_scope'],
  ])('redirects %s back with error=%s', async (_case, overrides, error) => {
    const params = validAuthorizeParams(pkcePair().challenge, overrides)
    const response = await fetch(authorizeUrl(origin, params), { redirect: 'manual' })
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI)
    expect(location.searchParams.get('error')).toBe(error)
    expect(location.searchParams.get('code')).toBeNull()
    if (params.state) expect(location.searchParams.get('state')).toBe(params.state)
  })
})

describe('POST /oauth/authorize (the sign-in form)', () => {
  it('re-shows the form with an alert for a wrong password, keeping the email', async () => {
    const params = validAuthorizeParams(pkcePair().challenge)
    const response = await signInForm(origin, params, { email: 'owner@demo.test', password: 'wrong' })
    expect(response.status).toBe(401)
    const html = await response.text()
    expect(html).toContain('role="alert"')
    expect(html).toContain('value="owner@demo.test"')
  })

  it('redirects with error=access_denied and the state when the user cancels', async () => {
    const params = validAuthorizeParams(pkcePair().challenge)
    const response = await signInForm(origin, params, { email: '', decision: 'deny' })
    const location = new URL(response.headers.get('location')!)
    expect(location.searchParams.get('error')).toBe('access_denied')
    expect(location.searchParams.get('state')).toBe(params.state)
  })
})

describe('authorization code + PKCE', () => {
  it('signs in, returns the state, and the token works on the API', async () => {
    const { verifier, challenge } = pkcePair()
    const { code, state, params } = await authorizationCode(origin, 'owner@demo.test', challenge)
    expect(state).toBe(params.state)
    const tokens = await exchange(code, verifier)
    expect(tokens.status).toBe(200)
    expect(tokens.headers.get('cache-control')).toBe('no-store')
    expect(tokens.body).toMatchObject({ token_type: 'Bearer', scope: 'read write' })
    expect(tokens.body.expires_in).toBeGreaterThan(14 * 86_400)
    expect(typeof tokens.body.refresh_token).toBe('string')
    const workspaces = await api(origin, '/workspaces', { token: tokens.body.access_token as string })
    expect(workspaces.status).toBe(200)
    expect(workspaces.body.data.length).toBeGreaterThan(0)
  })

  it('refuses a wrong code_verifier with invalid_grant, and the code is spent', async () => {
    const { verifier, challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    const wrong = await exchange(code, pkcePair().verifier)
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toBe('invalid_grant')
    expect((await exchange(code, verifier)).body.error).toBe('invalid_grant')
  })

  it('refuses a reused code', async () => {
    const { verifier, challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    expect((await exchange(code, verifier)).status).toBe(200)
    const again = await exchange(code, verifier)
    expect(again.status).toBe(400)
    expect(again.body.error).toBe('invalid_grant')
  })

  it('refuses a redirect_uri other than the one authorized', async () => {
    const { verifier, challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    const result = await exchange(code, verifier, { redirect_uri: 'http://127.0.0.1:4173/callback' })
    expect(result.status).toBe(400)
    expect(result.body.error).toBe('invalid_grant')
  })

  it('refuses a missing code_verifier', async () => {
    const { challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    const result = await tokenRequest(origin, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID })
    expect(result.status).toBe(400)
    expect(result.body.error).toMatch(/invalid_(grant|client|request)/)
  })

  it('refuses an expired code', async () => {
    const { verifier, challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const result = await exchange(code, verifier)
    expect(result.status).toBe(400)
    expect(result.body).toMatchObject({ error: 'invalid_grant', error_description: expect.stringMatching(/expired/) })
  })

  it('accepts a JSON token request too', async () => {
    const { verifier, challenge } = pkcePair()
    const { code } = await authorizationCode(origin, 'owner@demo.test', challenge)
    const result = await tokenRequest(
      origin,
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier },
      true,
    )
    expect(result.status).toBe(200)
  })

  it.each([
    ['a grant this server does not offer', { grant_type: 'password', client_id: CLIENT_ID, username: 'x', password: 'y' }, 'unsupported_grant_type'],
    ['a missing grant_type', { client_id: CLIENT_ID }, 'invalid_request'],
    ['an unknown client', { grant_type: 'refresh_token', client_id: 'someone', refresh_token: 'x' }, 'invalid_client'],
  ])('answers %s with an RFC 6749 §5.2 error', async (_case, body, error) => {
    const result = await tokenRequest(origin, body)
    expect(result.status).toBe(400)
    expect(result.body.error).toBe(error)
    expect(typeof result.body.error_description).toBe('string')
  })
})

describe('refresh tokens', () => {
  it('rotate: the new pair works, the used refresh token and its access token stop working', async () => {
    const first = await signIn(origin, 'owner@demo.test')
    const refreshed = await tokenRequest(origin, { grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: CLIENT_ID })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token)
    expect((await api(origin, '/workspaces', { token: refreshed.body.access_token as string })).status).toBe(200)
    expect((await api(origin, '/workspaces', { token: first.access_token })).status).toBe(401)
    const reused = await tokenRequest(origin, { grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: CLIENT_ID })
    expect(reused.status).toBe(400)
    expect(reused.body.error).toBe('invalid_grant')
  })
})

describe('POST /oauth/revoke', () => {
  it('ends the grant: the access token answers 401 and the refresh token is refused', async () => {
    const tokens = await signIn(origin, 'owner@demo.test')
    const response = await fetch(new URL('/oauth/revoke', origin), {
      method: 'POST',
      body: new URLSearchParams({ token: tokens.access_token, token_type_hint: 'access_token', client_id: CLIENT_ID }),
    })
    expect(response.status).toBe(200)
    expect((await api(origin, '/workspaces', { token: tokens.access_token })).status).toBe(401)
    const refresh = await tokenRequest(origin, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: CLIENT_ID })
    expect(refresh.body.error).toBe('invalid_grant')
  })

  it('answers 200 for an unknown token (RFC 7009 §2.2)', async () => {
    const response = await fetch(new URL('/oauth/revoke', origin), { method: 'POST', body: new URLSearchParams({ token: 'nope' }) })
    expect(response.status).toBe(200)
  })
})

describe('CORS for the dashboard', () => {
  it('allows the dashboard origin on the token endpoint and refuses others', async () => {
    const preflight = (origin_: string) =>
      fetch(new URL('/oauth/token', origin), {
        method: 'OPTIONS',
        headers: { origin: origin_, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })
})
