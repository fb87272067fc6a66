import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { memberEnvelopeSchema } from '@/contract/members'
import { ApiClient } from '@/lib/api/client'
import { MeterBudget } from '@/lib/api/meter-budget'
import { RateBudget } from '@/lib/api/rate-budget'
import type { AppConfig } from '@/lib/config'
import { envelope, member } from '@/testing/factories'
import { server } from '@/testing/msw-server'
import { createAppMode } from './app-mode'

const APP = 'http://app.test'
const serverConfig: AppConfig = { mode: 'server', apiBaseUrl: `${APP}/api/v2`, rateLimitPerMinute: 60 }
const staticConfig: AppConfig = {
  apiBaseUrl: 'http://api.test/api/v2',
  oauth: {
    authorizeUrl: 'http://api.test/oauth/authorize',
    tokenUrl: 'http://api.test/oauth/token',
    revokeUrl: 'http://api.test/oauth/revoke',
    clientId: 'webwork-dashboard',
    scopes: 'read write',
  },
  rateLimitPerMinute: 60,
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('createAppMode', () => {
  it('server mode: never loads oidc-client-ts, sends the cookie and the priority, and holds nothing back', async () => {
    const seen: Request[] = []
    server.use(
      http.get(`${APP}/auth/session`, () => HttpResponse.json({ signedIn: true, user: { id: 1, name: 'Ava', email: null }, workspaces: [] })),
      http.post(`${APP}/auth/logout`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${APP}/api/v2/members/1`, ({ request }) => {
        seen.push(request)
        return HttpResponse.json(envelope(member()))
      }),
    )
    const loadOidc = vi.fn(() => import('./auth/oidc-manager'))
    const navigate = vi.fn()
    const { auth, api } = await createAppMode(serverConfig, { origin: APP, loadOidc, navigate })
    expect(api.budget).toBeInstanceOf(MeterBudget)

    const client = new ApiClient(api)
    await client.get('/members/1', { schema: memberEnvelopeSchema, priority: 'user' })
    expect(seen[0]!.headers.get('authorization')).toBeNull()
    expect(seen[0]!.headers.get('x-request-priority')).toBe('user')

    auth.preloadWebWorkSignIn()
    await auth.signInWithWebWork('/w/1')
    await auth.signOut()
    expect(navigate).toHaveBeenCalledWith('/auth/login?returnTo=%2Fw%2F1')
    expect(loadOidc).not.toHaveBeenCalled()
    expect(sessionStorage.length + localStorage.length).toBe(0)
  })

  it('static mode: as before, a bearer token and the browser-held budget', async () => {
    const seen: Request[] = []
    server.use(
      http.get('http://api.test/api/v2/members/1', ({ request }) => {
        seen.push(request)
        return HttpResponse.json(envelope(member()))
      }),
    )
    const { auth, api } = await createAppMode(staticConfig, { channel: null, loadOidc: vi.fn() })
    expect(api.budget).toBeInstanceOf(RateBudget)
    expect(auth.acceptsPersonalToken).toBe(true)
    auth.signInWithToken('pat-1')
    await new ApiClient(api).get('/members/1', { schema: memberEnvelopeSchema })
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer pat-1')
    expect(seen[0]!.headers.has('x-request-priority')).toBe(false)
    api.budget.dispose()
  })
})
