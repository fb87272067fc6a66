import { beforeEach, describe, expect, it, vi } from 'vitest'
import { User } from 'oidc-client-ts'
import type { AppConfig } from '@/lib/config'
import { createAuth, safeReturnPath, type OidcModule } from './auth'

const config: AppConfig = {
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
