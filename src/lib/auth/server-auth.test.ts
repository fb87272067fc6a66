import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { server } from '@/testing/msw-server'
import { createServerAuth } from './server-auth'

// Server mode: the companion server holds the session; the app asks it who is signed in.
const APP = 'http://app.test'
const signedIn = {
  signedIn: true,
  user: { id: 7, name: 'Ava Owens', email: 'ava@example.com' },
  workspaces: [{ id: 1000, name: 'Acme Studio', role: 'Owner' }],
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const sessionIs = (answer: () => Response) => http.get(`${APP}/auth/session`, answer)

describe('createServerAuth', () => {
  it('takes the session from GET /auth/session, with the cookie, and stores nothing', async () => {
    let credentials: RequestCredentials | undefined
    const fetchSpy = vi.fn<typeof fetch>((input, init) => {
      credentials = init?.credentials
      return fetch(input, init)
    })
    server.use(sessionIs(() => HttpResponse.json(signedIn)))
    const auth = await createServerAuth({ origin: APP, fetch: fetchSpy })
    expect(auth.session()).toEqual({
      kind: 'server',
      user: { id: 7, name: 'Ava Owens', email: 'ava@example.com' },
      workspaces: [{ id: 1000, name: 'Acme Studio', role: 'Owner' }],
    })
    expect(credentials).toBe('same-origin')
    expect(auth.acceptsPersonalToken).toBe(false)
    expect(sessionStorage.length).toBe(0)
    expect(localStorage.length).toBe(0)
  })

  it('reads a session without an email or workspace names', async () => {
    server.use(sessionIs(() => HttpResponse.json({ signedIn: true, user: { id: 7, name: 'Ava' }, workspaces: [{ id: 1 }] })))
    const auth = await createServerAuth({ origin: APP })
    expect(auth.session()).toMatchObject({ user: { email: null }, workspaces: [{ id: 1, name: '', role: '' }] })
  })

  it('is signed out on a 401, and on a server it cannot reach or read (the sign-in page shows)', async () => {
    server.use(sessionIs(() => HttpResponse.json({ signedIn: false }, { status: 401 })))
    expect((await createServerAuth({ origin: APP })).session()).toBeNull()

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    server.use(sessionIs(() => HttpResponse.error()))
    expect((await createServerAuth({ origin: APP })).session()).toBeNull()
    server.use(sessionIs(() => new HttpResponse('<html>', { status: 502 })))
    expect((await createServerAuth({ origin: APP })).session()).toBeNull()
    server.use(sessionIs(() => HttpResponse.json({ signedIn: true })))
    expect((await createServerAuth({ origin: APP })).session()).toBeNull()
    expect(warn).toHaveBeenCalledTimes(3)
    warn.mockRestore()
  })

  it('signs in with a full page navigation to /auth/login, coming back to a path of this app only', async () => {
    server.use(sessionIs(() => HttpResponse.json({ signedIn: false }, { status: 401 })))
    const navigate = vi.fn()
    const auth = await createServerAuth({ origin: APP, navigate })
    await auth.signInWithWebWork('/w/1000/inbox?kind=timesheets')
    expect(navigate).toHaveBeenLastCalledWith('/auth/login?returnTo=%2Fw%2F1000%2Finbox%3Fkind%3Dtimesheets')
    await auth.signInWithWebWork('https://evil.example/')
    expect(navigate).toHaveBeenLastCalledWith('/auth/login?returnTo=%2F')
    // No token ways in, and nothing for the browser to renew.
    expect(() => auth.signInWithToken('pat-1')).toThrow(/companion server/)
    expect(await auth.renew()).toBe(false)
    await expect(auth.completeSignIn(`${APP}/callback?code=x&state=y`)).rejects.toThrow(/companion server/)
  })

  it('signs out with POST /auth/logout, then is signed out', async () => {
    const logouts: Request[] = []
    server.use(
      sessionIs(() => HttpResponse.json(signedIn)),
      http.post(`${APP}/auth/logout`, ({ request }) => {
        logouts.push(request)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const auth = await createServerAuth({ origin: APP })
    const listener = vi.fn()
    auth.subscribe(listener)
    await auth.signOut()
    expect(logouts).toHaveLength(1)
    expect(auth.session()).toBeNull()
    expect(listener).toHaveBeenCalled()
  })

  it('signs this tab out even when the server cannot be reached to sign out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    server.use(
      sessionIs(() => HttpResponse.json(signedIn)),
      http.post(`${APP}/auth/logout`, () => HttpResponse.error()),
    )
    const auth = await createServerAuth({ origin: APP })
    await auth.signOut()
    expect(auth.session()).toBeNull()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('forgets the session without asking the server (a 401 from the API)', async () => {
    let logouts = 0
    server.use(
      sessionIs(() => HttpResponse.json(signedIn)),
      http.post(`${APP}/auth/logout`, () => {
        logouts++
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const auth = await createServerAuth({ origin: APP })
    await auth.forget()
    expect(auth.session()).toBeNull()
    expect(logouts).toBe(0)
  })
})
