import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import type { AppConfig } from '@/lib/config'

// Two ways in, one bearer token out:
// - "Sign in with WebWork": OAuth2 authorization code + PKCE (S256) with state, through
//   oidc-client-ts pointed at explicit endpoints (the vendor's server is plain OAuth2: no
//   discovery, no id_token, no userinfo). The refresh token renews the access token before it
//   expires. Tokens live in sessionStorage: a tab signs in on its own, and two tabs never race to
//   rotate one refresh token.
// - A personal access token, typed by the user, kept in sessionStorage only (never localStorage,
//   never a URL).

export type Session = { kind: 'oauth'; accessToken: string; expiresAt: number | null } | { kind: 'pat'; accessToken: string }

export interface Auth {
  session(): Session | null
  /** Go to the WebWork sign-in page; come back to `returnTo` (a path of this app). */
  signInWithWebWork(returnTo: string): Promise<void>
  /** Redeem the code in the callback URL once; resolves to the path to return to. */
  completeSignIn(url: string): Promise<string>
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

/** Only paths of this app are returned to: never another origin (open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/callback')
    ? value
    : '/'
}

export function createUserManager(config: AppConfig, origin: string, storage: Storage): UserManager {
  const issuer = new URL(config.oauth.authorizeUrl).origin
  return new UserManager({
    authority: issuer,
    // Explicit metadata: oidc-client-ts then never asks for /.well-known discovery.
    metadata: {
      issuer,
      authorization_endpoint: config.oauth.authorizeUrl,
      token_endpoint: config.oauth.tokenUrl,
      revocation_endpoint: config.oauth.revokeUrl,
    },
    client_id: config.oauth.clientId,
    redirect_uri: `${origin}/callback`,
    response_type: 'code',
    // Without `openid` the library expects no id_token.
    scope: config.oauth.scopes,
    loadUserInfo: false,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: storage }),
    stateStore: new WebStorageStateStore({ store: storage }),
  })
}

export async function createAuth(config: AppConfig, options: { origin?: string; storage?: Storage } = {}): Promise<Auth> {
  const storage = options.storage ?? sessionStorage
  const manager = createUserManager(config, options.origin ?? location.origin, storage)
  const listeners = new Set<() => void>()
  let user: User | null = await manager.getUser()
  let pat: string | null = storage.getItem(PAT_KEY)
  let renewing: Promise<boolean> | null = null
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
  manager.events.addUserLoaded((loaded) => {
    user = loaded
    notify()
  })
  manager.events.addUserUnloaded(() => {
    user = null
    notify()
  })

  const forget = async () => {
    pat = null
    storage.removeItem(PAT_KEY)
    await manager.removeUser()
    user = null
    notify()
  }

  return {
    session: () => current,
    signInWithWebWork(returnTo) {
      return manager.signinRedirect({ state: { returnTo: safeReturnPath(returnTo) } })
    },
    completeSignIn(url) {
      // React StrictMode mounts twice: redeem each code once.
      let pending = callbacks.get(url)
      if (!pending) {
        pending = manager.signinRedirectCallback(url).then((signedIn) => {
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
    signInWithToken(token) {
      void manager.removeUser()
      user = null
      pat = token.trim()
      storage.setItem(PAT_KEY, pat)
      notify()
    },
    renew() {
      if (pat || !user?.refresh_token) return Promise.resolve(false)
      // Concurrent 401s share one renewal: the refresh token rotates and works once.
      renewing ??= manager
        .signinSilent()
        .then((renewed) => renewed !== null)
        .catch(() => false)
        .finally(() => {
          renewing = null
        })
      return renewing
    },
    async signOut() {
      // A PAT is the user's long-lived credential: forget it here, do not revoke it for them.
      if (!pat && user) await manager.revokeTokens(['access_token', 'refresh_token']).catch(() => undefined)
      await forget()
    },
    forget,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
