import { z } from 'zod'
import { safeReturnPath, type Auth, type Session } from './auth'

// Server mode: the companion server is the OAuth client (the token handler pattern). It holds
// the tokens, refreshes and revokes them; the browser holds one HttpOnly cookie it cannot read.
// What the app knows is what `GET /auth/session` says: signed in or not, as whom, with which
// workspace roles. Nothing is written to sessionStorage or localStorage, and oidc-client-ts is
// never loaded.

/** `GET /auth/session`, read tolerantly: an email may be missing, a workspace may come without a name. */
const sessionAnswerSchema = z.object({
  signedIn: z.literal(true),
  user: z.object({
    id: z.number(),
    name: z.string(),
    email: z
      .string()
      .nullish()
      .transform((email) => email ?? null),
  }),
  workspaces: z.array(z.object({ id: z.number(), name: z.string().catch(''), role: z.string().catch('') })).catch([]),
})

export interface ServerAuthOptions {
  /** The dashboard's origin (the server's PUBLIC_URL): the auth endpoints live there. */
  origin?: string
  fetch?: typeof fetch
  /** A full page navigation (the server's /auth/login answers with a redirect to WebWork). */
  navigate?: (url: string) => void
}

/** Ask the server who is signed in; create the Auth the router and the API client use. */
export async function createServerAuth(options: ServerAuthOptions = {}): Promise<Auth> {
  const origin = options.origin ?? location.origin
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init))
  const navigate = options.navigate ?? ((url: string) => window.location.assign(url))
  const listeners = new Set<() => void>()
  const endpoint = (path: string) => new URL(path, origin).toString()

  let current: Session | null = await readSession(fetchFn, endpoint('/auth/session'))
  const set = (next: Session | null) => {
    current = next
    listeners.forEach((listener) => listener())
  }

  return {
    acceptsPersonalToken: false,
    session: () => current,
    async signInWithWebWork(returnTo) {
      // The server keeps the PKCE verifier and the state; it comes back to returnTo (same-origin paths only).
      navigate(`/auth/login?returnTo=${encodeURIComponent(safeReturnPath(returnTo))}`)
    },
    completeSignIn() {
      return Promise.reject(new Error('The companion server finishes the sign-in itself (at /auth/callback). Sign in again.'))
    },
    preloadWebWorkSignIn() {},
    signInWithToken() {
      throw new Error('Personal access tokens are not used with the companion server: sign in with WebWork.')
    },
    // The server refreshes its tokens itself; a 401 from it means its session has ended.
    renew: () => Promise.resolve(false),
    async signOut() {
      // The server revokes both tokens and clears the cookie. If it cannot be reached, this tab
      // signs out all the same (the session then ends at the server's idle timeout).
      try {
        const response = await fetchFn(endpoint('/auth/logout'), { method: 'POST', credentials: 'same-origin' })
        if (!response.ok && response.status !== 401) console.warn(`Sign-out answered HTTP ${response.status}.`)
      } catch (error) {
        console.warn('The companion server could not be reached to sign out:', error)
      }
      set(null)
    },
    async forget() {
      set(null)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Signed out on a 401, and on anything the app cannot read (never a blank page: the sign-in page shows). */
async function readSession(fetchFn: typeof fetch, url: string): Promise<Session | null> {
  let response: Response
  try {
    response = await fetchFn(url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
  } catch (error) {
    console.warn('The companion server could not be reached for the session:', error)
    return null
  }
  if (response.status === 401) return null
  const answer = sessionAnswerSchema.safeParse(await response.json().catch(() => undefined))
  if (!response.ok || !answer.success) {
    if (response.ok) console.warn('The companion server sent an unexpected session:', answer.error?.issues[0]?.message)
    else console.warn(`The session could not be read (HTTP ${response.status}).`)
    return null
  }
  return { kind: 'server', user: answer.data.user, workspaces: answer.data.workspaces }
}
