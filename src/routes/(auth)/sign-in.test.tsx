import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { OidcClient, type UserManager } from 'oidc-client-ts'
import { workspaceQueries } from '@/api/workspaces/queries'
import { serverSessionAuth } from '@/lib/api/client'
import { API_BROWSER_BLOCKED } from '@/lib/api/cors-probe'
import { MeterBudget } from '@/lib/api/meter-budget'
import { createAuth, type OidcModule } from '@/lib/auth/auth'
import { BROWSER_SIGN_IN_BLOCKED } from '@/lib/auth/browser-blocked'
import { createServerAuth } from '@/lib/auth/server-auth'
import type { StaticConfig } from '@/lib/config'
import { listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { fakeAuth, renderRoute } from '@/testing/render-route'

// Sign-in and sign-out in both modes, through the real route tree.

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  // jsdom lays nothing out; give the virtualized members table a viewport to fill.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})
afterEach(() => {
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())

const APP = location.origin

describe('server mode (the companion server)', () => {
  const signedOut = () => http.get(`${APP}/auth/session`, () => HttpResponse.json({ signedIn: false }, { status: 401 }))

  it('shows one "Sign in with WebWork" button and no token form; the button goes to /auth/login', async () => {
    server.use(signedOut())
    const navigate = vi.fn()
    const auth = await createServerAuth({ navigate })
    const { router } = await renderRoute('/w/1000/members?status=active', { auth })
    expect(router.state.location.pathname).toBe('/sign-in')
    const main = screen.getByRole('main')
    expect(
      within(main)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Sign in with WebWork'])
    expect(screen.queryByText(/personal access token/i)).toBeNull()
    expect(screen.queryByLabelText(/token/i)).toBeNull()

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in with WebWork' }))
    expect(navigate).toHaveBeenCalledWith('/auth/login?returnTo=%2Fw%2F1000%2Fmembers%3Fstatus%3Dactive')
    expect(sessionStorage.length + localStorage.length).toBe(0)
  })

  it('uses the server session for the pages, and signs out through POST /auth/logout', async () => {
    const apiRequests: Request[] = []
    let logouts = 0
    server.use(
      http.get(`${APP}/auth/session`, () =>
        HttpResponse.json({
          signedIn: true,
          user: { id: 1, name: 'Ava Owens', email: 'ava@example.com' },
          workspaces: [{ id: 1000, name: 'Acme Studio', role: 'Owner' }],
        }),
      ),
      http.post(`${APP}/auth/logout`, () => {
        logouts++
        return new HttpResponse(null, { status: 204 })
      }),
      http.get(`${TEST_API}/workspaces`, ({ request }) => {
        apiRequests.push(request)
        return HttpResponse.json(listEnvelope([workspace()]), { headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '41' } })
      }),
      http.get(`${TEST_API}/members`, ({ request }) => {
        apiRequests.push(request)
        return HttpResponse.json(listEnvelope([member({ id: 1, firstname: 'Ava', lastname: 'Owens' })]))
      }),
      // The sidebar's counts.
      http.get(`${TEST_API}/:list`, () => HttpResponse.json(listEnvelope([]))),
    )
    const auth = await createServerAuth()
    const apiMode = { auth: serverSessionAuth({ signedIn: () => auth.session() !== null }), budget: new MeterBudget({ limit: 60 }) }
    const { router, queryClient } = await renderRoute('/w/1000/members', { auth, apiMode })
    expect(within(await screen.findByRole('table')).getByText(/Ava Owens/)).toBeTruthy()
    expect(apiRequests.length).toBeGreaterThan(0)
    expect(apiRequests.every((r) => !r.headers.has('authorization') && r.headers.has('x-request-priority'))).toBe(true)
    expect(screen.getByTestId('rate-remaining').textContent).toMatch(/\/60$/)

    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Account menu' }))
    expect(screen.getByText('ava@example.com')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'))
    expect(logouts).toBe(1)
    expect(auth.session()).toBeNull()
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(sessionStorage.length + localStorage.length).toBe(0)
  })
})

describe('static mode against a vendor that does not serve browsers', () => {
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

  it('explains on the sign-in page when a personal access token cannot be checked for want of CORS', async () => {
    let calls = 0
    server.use(http.get(`${TEST_API}/workspaces`, () => (++calls === 1 ? HttpResponse.error() : new HttpResponse(null, { status: 401 }))))
    await renderRoute('/sign-in', { auth: fakeAuth(null) })
    const user = userEvent.setup()
    await user.click(screen.getByText('Use a personal access token'))
    await user.type(screen.getByLabelText('Personal access token'), 'pat-1')
    await user.click(screen.getByRole('button', { name: 'Sign in with token' }))
    expect((await screen.findByRole('alert')).textContent).toBe(API_BROWSER_BLOCKED)
  })

  it('explains on the callback page that the companion server is needed, never a blank page', async () => {
    // The token endpoint sends no CORS headers: the browser's fetch throws a TypeError; a
    // no-cors probe still reaches it.
    server.use(
      http.post(config.oauth.tokenUrl, () => HttpResponse.error()),
      http.get(config.oauth.tokenUrl, () => new HttpResponse(null, { status: 405 })),
    )
    let manager: UserManager | undefined
    const loadOidc = async (): Promise<OidcModule> => {
      const real = await import('@/lib/auth/oidc-manager')
      return { createUserManager: (...args: Parameters<OidcModule['createUserManager']>) => (manager = real.createUserManager(...args)) }
    }
    const auth = await createAuth(config, { loadOidc })
    auth.preloadWebWorkSignIn()
    await vi.waitFor(() => expect(manager).toBeDefined())
    // What oidc-client-ts keeps before leaving for WebWork, and the URL WebWork comes back to.
    const request = await new OidcClient(manager!.settings, manager!.metadataService).createSigninRequest({ state: { returnTo: '/' } })
    const callback = `/callback?code=code-1&state=${new URL(request.url).searchParams.get('state')}`
    window.history.replaceState(null, '', callback)

    await renderRoute(callback, { auth })
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(BROWSER_SIGN_IN_BLOCKED)
    expect(within(alert).getByRole('link', { name: 'Back to sign-in' })).toBeTruthy()
  })
})

describe('a personal access token after another session', () => {
  it('is checked with a fresh request even when an earlier session left the workspaces in the cache', async () => {
    const seen: (string | null)[] = []
    server.use(
      http.get(`${TEST_API}/workspaces`, ({ request }) => {
        seen.push(request.headers.get('authorization'))
        return HttpResponse.json({ success: false, message: 'Unauthenticated.' }, { status: 401 })
      }),
    )
    const auth = fakeAuth(null)
    const { queryClient } = await renderRoute('/sign-in', { auth })
    // What a previous session read, still cached (5-minute staleTime): it must not vouch for a token.
    queryClient.setQueryData(workspaceQueries.list().queryKey, listEnvelope([workspace()]).data)
    const user = userEvent.setup()
    await user.click(screen.getByText('Use a personal access token'))
    await user.type(screen.getByLabelText('Personal access token'), 'wwpat_made_up')
    await user.click(screen.getByRole('button', { name: 'Sign in with token' }))
    expect((await screen.findByRole('alert')).textContent).toContain('did not accept this token')
    expect(seen).toEqual(['Bearer wwpat_made_up'])
    expect(auth.session()).toBeNull()
  })
})
