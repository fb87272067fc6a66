import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { OidcClient, User, type UserManager } from 'oidc-client-ts'
import type { StaticConfig } from '@/lib/config'
import { server } from '@/testing/msw-server'
import { createAuth, safeReturnPath, type OidcModule } from './auth'
import { BROWSER_SIGN_IN_BLOCKED, SIGN_IN_UNREACHABLE } from './browser-blocked'

const config: StaticConfig = {
  apiBaseUrl: 'http://127.0.0.1:4010/api/v2',
  oauth: {
    authorizeUrl: 'http://127.0.0.1:4010/oauth/authorize',
    tokenUrl: 'http://127.0.0.1:4010/oauth/token',
    revokeUrl: 'http://127.0.0.1:4010/oauth/revoke',
    clientId: 'webwork-dashboard',
    scopes: 'read write',
  },
  rateLimitPerMinute: 60,
}

/** The real module behind a spy: the tests see when the OAuth library is downloaded. */
const spyLoader = () => vi.fn(() => import('./oidc-manager'))

/** A session as oidc-client-ts itself stores it after a sign-in in this tab. */
function storeOAuthUser(storage: Storage, accessToken: string) {
  const user = new User({ access_token: accessToken, token_type: 'Bearer', refresh_token: 'refresh-1', expires_at: 4_102_444_800, profile: {} as never })
  storage.setItem(`oidc.user:http://127.0.0.1:4010:webwork-dashboard`, user.toStorageString())
}

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

describe('createAuth', () => {
  it('does not download the OAuth library for a signed-out tab', async () => {
    const loadOidc = spyLoader()
    const auth = await createAuth(config, { loadOidc })
    expect(auth.session()).toBeNull()
    expect(loadOidc).not.toHaveBeenCalled()
  })

  it('keeps a personal access token in this tab only, without the OAuth library', async () => {
    const loadOidc = spyLoader()
    const auth = await createAuth(config, { loadOidc })
    auth.signInWithToken('  pat-123  ')
    expect(auth.session()).toEqual({ kind: 'pat', accessToken: 'pat-123' })
    expect(sessionStorage.getItem('webwork.pat')).toBe('pat-123')
    expect(localStorage.length).toBe(0)

    const reopened = await createAuth(config, { loadOidc })
    expect(reopened.session()).toEqual({ kind: 'pat', accessToken: 'pat-123' })
    await reopened.signOut()
    expect(reopened.session()).toBeNull()
    expect(sessionStorage.getItem('webwork.pat')).toBeNull()
    expect(loadOidc).not.toHaveBeenCalled()
  })

  it('loads the OAuth library to restore an OAuth session kept in this tab', async () => {
    storeOAuthUser(sessionStorage, 'access-1')
    const loadOidc = spyLoader()
    const auth = await createAuth(config, { loadOidc })
    expect(loadOidc).toHaveBeenCalledTimes(1)
    expect(auth.session()).toEqual({ kind: 'oauth', accessToken: 'access-1', expiresAt: 4_102_444_800 })

    await auth.forget()
    expect(auth.session()).toBeNull()
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user:'))).toEqual([])
  })

  it('preloads the library once on intent, and retries after a failed download', async () => {
    const loadOidc = vi.fn<() => Promise<OidcModule>>().mockRejectedValueOnce(new Error('chunk failed'))
    loadOidc.mockImplementation(() => import('./oidc-manager'))
    const auth = await createAuth(config, { loadOidc })
    auth.preloadWebWorkSignIn()
    await vi.waitFor(() => expect(loadOidc).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve))
    auth.preloadWebWorkSignIn()
    auth.preloadWebWorkSignIn()
    expect(loadOidc).toHaveBeenCalledTimes(2)
  })

  it('starts signed out, never blank, when the library cannot be downloaded for a stored session', async () => {
    storeOAuthUser(sessionStorage, 'access-1')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const auth = await createAuth(config, { loadOidc: () => Promise.reject(new Error('offline')) })
    expect(auth.session()).toBeNull()
    expect(warn).toHaveBeenCalled()
    // The session is kept for a reload once the network is back.
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('oidc.user:'))).toBe(true)
    warn.mockRestore()
  })
})

describe('a token endpoint that does not serve browsers (static mode)', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())

  /**
   * A real sign-in up to the callback: oidc-client-ts stores the PKCE state as it does before
   * leaving for WebWork, and WebWork comes back with a code. Returns the callback URL.
   */
  async function callbackAfterSignIn(): Promise<{ auth: Awaited<ReturnType<typeof createAuth>>; callbackUrl: string }> {
    let manager: UserManager | undefined
    const loadOidc = async (): Promise<OidcModule> => {
      const real = await import('./oidc-manager')
      return {
        createUserManager: (...args: Parameters<OidcModule['createUserManager']>) => (manager = real.createUserManager(...args)),
      }
    }
    const auth = await createAuth(config, { loadOidc, origin: 'http://127.0.0.1:5173' })
    auth.preloadWebWorkSignIn()
    await vi.waitFor(() => expect(manager).toBeDefined())
    const request = await new OidcClient(manager!.settings, manager!.metadataService).createSigninRequest({ state: { returnTo: '/w/1' } })
    const state = new URL(request.url).searchParams.get('state')
    return { auth, callbackUrl: `http://127.0.0.1:5173/callback?code=code-1&state=${state}` }
  }

  it('says in plain words that the companion server is needed when the token request is refused (no CORS)', async () => {
    // The browser's answer to a response without CORS headers: fetch throws a TypeError. A
    // no-cors probe still reaches the server (an opaque answer).
    server.use(
      http.post(config.oauth.tokenUrl, () => HttpResponse.error()),
      http.get(config.oauth.tokenUrl, () => new HttpResponse(null, { status: 405 })),
    )
    const { auth, callbackUrl } = await callbackAfterSignIn()
    await expect(auth.completeSignIn(callbackUrl)).rejects.toThrow(BROWSER_SIGN_IN_BLOCKED)
    expect(auth.session()).toBeNull()
    expect(BROWSER_SIGN_IN_BLOCKED).toBe(
      "This WebWork server does not accept sign-in from a browser alone; run the companion server (npm run start:server) — see README 'Companion server'.",
    )
  })

  it('says the connection is the problem when the server cannot be reached at all', async () => {
    server.use(
      http.post(config.oauth.tokenUrl, () => HttpResponse.error()),
      http.get(config.oauth.tokenUrl, () => HttpResponse.error()),
    )
    const { auth, callbackUrl } = await callbackAfterSignIn()
    await expect(auth.completeSignIn(callbackUrl)).rejects.toThrow(SIGN_IN_UNREACHABLE)
  })

  it("keeps the server's own refusal as it is (invalid_client)", async () => {
    server.use(http.post(config.oauth.tokenUrl, () => HttpResponse.json({ error: 'invalid_client' }, { status: 401 })))
    const { auth, callbackUrl } = await callbackAfterSignIn()
    await expect(auth.completeSignIn(callbackUrl)).rejects.toThrow(/invalid_client/)
  })
})

describe('safeReturnPath', () => {
  it.each([
    ['/w/1/members?status=active', '/w/1/members?status=active'],
    ['//evil.example/x', '/'],
    ['https://evil.example/', '/'],
    ['/callback?code=x', '/'],
    [undefined, '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected)
  })
})
