import type { User, UserManager } from 'oidc-client-ts'
import type { StaticConfig } from '@/lib/config'
import type * as oidcManager from './oidc-manager'
import { explainTokenFailure } from './browser-blocked'

// Two ways in, one bearer token out:
// - "Sign in with WebWork": OAuth2 authorization code + PKCE (S256) with state, through
//   oidc-client-ts pointed at explicit endpoints (the vendor's server is plain OAuth2: no
//   discovery, no id_token, no userinfo). The refresh token renews the access token before it
//   expires. Tokens live in sessionStorage: a tab signs in on its own, and two tabs never race to
//   rotate one refresh token.
// - A personal access token, typed by the user, kept in sessionStorage only (never localStorage,
//   never a URL).
// oidc-client-ts is loaded only when OAuth is used (a click on "Sign in with WebWork", the
// callback, or an OAuth session already in this tab): the first page stays small, and a PAT
// session never downloads it.

// With the companion server (server mode, `server-auth.ts`) the browser holds no token at all:
// the server's session cookie, and what `GET /auth/session` says about it.

export interface ServerUser {
  id: number
  name: string
  email: string | null
}
export interface ServerWorkspace {
  id: number
  name: string
  role: string
}

export type Session =
  | { kind: 'oauth'; accessToken: string; expiresAt: number | null }
  | { kind: 'pat'; accessToken: string }
  | { kind: 'server'; user: ServerUser; workspaces: ServerWorkspace[] }

/** The bearer token a session holds in this tab (none in server mode). */
export function accessTokenOf(session: Session | null): string | null {
  return session && 'accessToken' in session ? session.accessToken : null
}

export interface Auth {
  /** Personal access tokens are a static-mode way in; with the companion server there is one button. */
  readonly acceptsPersonalToken: boolean
  session(): Session | null
  /** Go to the WebWork sign-in page; come back to `returnTo` (a path of this app). */
  signInWithWebWork(returnTo: string): Promise<void>
  /** Redeem the code in the callback URL once; resolves to the path to return to. */
  completeSignIn(url: string): Promise<string>
  /** Start loading the OAuth library ahead of a likely click on "Sign in with WebWork". */
  preloadWebWorkSignIn(): void
  signInWithToken(token: string): void
  /** Get a fresh access token with the refresh token; false when that is impossible. */
  renew(): Promise<boolean>
  /** Revoke what can be revoked, then forget the session. */
  signOut(): Promise<void>
  /** Forget the session without telling the server (the server already refused it). */
  forget(): Promise<void>
  subscribe(listener: () => void): () => void
}

const PAT_KEY = 'webwork.pat'
/** Every key oidc-client-ts writes here (the user, pending sign-in states) starts with this. */
const OIDC_STORAGE_PREFIX = 'oidc.'

export type OidcModule = typeof oidcManager

const loadOidcModule = (): Promise<OidcModule> => import('./oidc-manager')

/** Only paths of this app are returned to: never another origin (open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/callback') ? value : '/'
}

export async function createAuth(
  config: StaticConfig,
  options: { origin?: string; storage?: Storage; loadOidc?: () => Promise<OidcModule>; fetch?: typeof fetch } = {},
): Promise<Auth> {
  const storage = options.storage ?? sessionStorage
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init))
  const origin = options.origin ?? location.origin
  const loadOidc = options.loadOidc ?? loadOidcModule
  const listeners = new Set<() => void>()
  let user: User | null = null
  let pat: string | null = storage.getItem(PAT_KEY)
  let renewing: Promise<boolean> | null = null
  let loadingManager: Promise<UserManager> | null = null
  const callbacks = new Map<string, Promise<string>>()

  // One object per state, so that useSyncExternalStore sees a stable snapshot.
  const snapshot = (): Session | null => {
    if (pat) return { kind: 'pat', accessToken: pat }
    if (user?.access_token) return { kind: 'oauth', accessToken: user.access_token, expiresAt: user.expires_at ?? null }
    return null
  }
  let current = snapshot()
  const notify = () => {
    current = snapshot()
    listeners.forEach((listener) => listener())
  }

  const manager = (): Promise<UserManager> => {
    loadingManager ??= loadOidc().then(
      ({ createUserManager }) => {
        const created = createUserManager(config, origin, storage, OIDC_STORAGE_PREFIX)
        created.events.addUserLoaded((loaded) => {
          user = loaded
          notify()
        })
        created.events.addUserUnloaded(() => {
          user = null
          notify()
        })
        return created
      },
      (error: unknown) => {
        // A failed chunk load (offline, a new deploy) is retried on the next use.
        loadingManager = null
        throw error
      },
    )
    return loadingManager
  }
  // oidc-client-ts keeps its user under `<prefix>user:<authority>:<client id>`.
  const hasStoredOAuthUser = () =>
    Array.from({ length: storage.length }, (_, i) => storage.key(i)).some((key) => key?.startsWith(`${OIDC_STORAGE_PREFIX}user:`))

  // An OAuth session kept in this tab needs the library now: to restore it, renew it, or sign it out.
  if (hasStoredOAuthUser()) {
    try {
      user = await (await manager()).getUser()
      current = snapshot()
    } catch (error) {
      // Never a blank page: the user sees the sign-in page, and the stored session is kept for a reload.
      console.warn('The OAuth session could not be restored:', error)
    }
  }

  // Only a loaded library can hold an OAuth user (it is loaded at start for a stored one).
  const removeOAuthUser = () => loadingManager?.then((loaded) => loaded.removeUser())

  const forget = async () => {
    pat = null
    storage.removeItem(PAT_KEY)
    await removeOAuthUser()
    user = null
    notify()
  }

  return {
    acceptsPersonalToken: true,
    session: () => current,
    async signInWithWebWork(returnTo) {
      await (await manager()).signinRedirect({ state: { returnTo: safeReturnPath(returnTo) } })
    },
    completeSignIn(url) {
      // React StrictMode mounts twice: redeem each code once.
      let pending = callbacks.get(url)
      if (!pending) {
        pending = manager()
          .then((loaded) =>
            loaded.signinRedirectCallback(url).catch(async (error: unknown) => {
              throw await explainTokenFailure(error, config.oauth.tokenUrl, fetchFn)
            }),
          )
          .then((signedIn) => {
            pat = null
            storage.removeItem(PAT_KEY)
            user = signedIn
            notify()
            return safeReturnPath((signedIn.state as { returnTo?: string } | undefined)?.returnTo)
          })
        callbacks.set(url, pending)
      }
      return pending
    },
    preloadWebWorkSignIn() {
      manager().catch(() => undefined)
    },
    signInWithToken(token) {
      void removeOAuthUser()
      user = null
      pat = token.trim()
      storage.setItem(PAT_KEY, pat)
      notify()
    },
    renew() {
      if (pat || !user?.refresh_token) return Promise.resolve(false)
      // Concurrent 401s share one renewal: the refresh token rotates and works once.
      renewing ??= manager()
        .then((loaded) => loaded.signinSilent())
        .then((renewed) => renewed !== null)
        .catch(() => false)
        .finally(() => {
          renewing = null
        })
      return renewing
    },
    async signOut() {
      // A PAT is the user's long-lived credential: forget it here, do not revoke it for them.
      if (!pat && user) await (await manager()).revokeTokens(['access_token', 'refresh_token']).catch(() => undefined)
      await forget()
    },
    forget,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
