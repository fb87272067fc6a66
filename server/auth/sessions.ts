import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import type { ServerConfig } from '../config'
import type { ServerStore } from '../store/store'
import { seal, unseal } from './seal'
import { OAuthError, refreshTokens, type TokenSet } from './vendor-oauth'

// Sessions live in the store under the SHA-256 of their id, so the store never holds a usable
// cookie, and their tokens are sealed (seal.ts: AES-256-GCM, keyed from SESSION_SECRET), so a copy of the
// store (a Redis dump) holds no usable token either. The browser holds the id alone, in one
// signed, HttpOnly, SameSite=Lax cookie.

export const SESSION_COOKIE = 'ww_session'
/** Refresh this long before the access token expires (the clocks may differ a little). */
const REFRESH_EARLY_MS = 10_000

export interface SessionUser {
  id: number
  name: string
  email: string | null
}

export interface SessionWorkspace {
  id: number
  name: string
  role: string
}

export interface Session {
  /** Whose budget this session spends: `user:<WebWork id>` (or the session itself when unknown). */
  budgetKey: string
  user: SessionUser
  workspaces: SessionWorkspace[]
  tokens: TokenSet
  createdAt: number
}

const digest = (id: string) => createHash('sha256').update(id).digest('base64url')
const sessionKey = (id: string) => `session:${digest(id)}`

/** What the store holds: the session with its tokens sealed. */
type StoredSession = Omit<Session, 'tokens'> & { sealed: string }

const TOKENS = 'session tokens'

export const sealTokens = (secret: string, tokens: TokenSet): string => seal(secret, TOKENS, tokens)

/** Undefined when the seal was made with another secret or was tampered with. */
export const openTokens = (secret: string, sealed: string): TokenSet | undefined => unseal<TokenSet>(secret, TOKENS, sealed)

export class Sessions {
  /** One refresh at a time per session in this process; the store's lock covers other processes. */
  private readonly refreshing = new Map<string, Promise<Session | undefined>>()

  constructor(
    private readonly config: ServerConfig,
    private readonly store: ServerStore,
  ) {}

  private get ttlMs() {
    return this.config.sessionTtl * 1000
  }

  private async read(key: string): Promise<Session | undefined> {
    const stored = await this.store.get<StoredSession>(key)
    if (!stored) return undefined
    const { sealed, ...rest } = stored
    const tokens = openTokens(this.config.sessionSecret, sealed)
    return tokens && { ...rest, tokens }
  }

  private async write(key: string, session: Session): Promise<void> {
    const { tokens, ...rest } = session
    const stored: StoredSession = { ...rest, sealed: sealTokens(this.config.sessionSecret, tokens) }
    await this.store.set(key, stored, this.ttlMs)
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'Lax' as const, path: '/', secure: this.config.publicUrl.startsWith('https:') }
  }

  /** A new session under a new id (the id rotates at every sign-in), and its cookie. */
  async create(c: Context, session: Session): Promise<void> {
    const previous = await getSignedCookie(c, this.config.sessionSecret, SESSION_COOKIE)
    if (previous) await this.store.delete(sessionKey(previous))
    const id = randomBytes(32).toString('base64url')
    await this.write(sessionKey(id), session)
    await setSignedCookie(c, SESSION_COOKIE, id, this.config.sessionSecret, this.cookieOptions())
  }

  /** The session id from the signed cookie; undefined when missing or tampered with. */
  async id(c: Context): Promise<string | undefined> {
    const id = await getSignedCookie(c, this.config.sessionSecret, SESSION_COOKIE)
    return typeof id === 'string' && id.length > 0 ? id : undefined
  }

  async load(c: Context): Promise<{ id: string; session: Session } | undefined> {
    const id = await this.id(c)
    const session = id ? await this.read(sessionKey(id)) : undefined
    return id && session ? { id, session } : undefined
  }

  /**
   * Keep a session alive for another TTL from now (sliding expiry). Only the expiry changes: a
   * rewrite could put back tokens that a concurrent renewal has just replaced (and revoked).
   */
  async touch(id: string): Promise<void> {
    await this.store.touch(sessionKey(id), this.ttlMs)
  }

  async destroy(c: Context, id: string | undefined): Promise<void> {
    if (id) await this.store.delete(sessionKey(id))
    deleteCookie(c, SESSION_COOKIE, this.cookieOptions())
  }

  needsRefresh(session: Session, now = Date.now()) {
    return session.tokens.expiresAt - REFRESH_EARLY_MS <= now
  }

  /**
   * New tokens for a session whose access token expired or was refused. Undefined when it cannot be
   * renewed (no refresh token, or the vendor refused it): the session is then over. `seen` is the
   * access token the caller found wanting: if another request or process already replaced it, use theirs.
   */
  refresh(id: string, seen: string): Promise<Session | undefined> {
    const running = this.refreshing.get(id)
    if (running) return running
    const job = this.refreshOnce(id, seen).finally(() => this.refreshing.delete(id))
    this.refreshing.set(id, job)
    return job
  }

  private async refreshOnce(id: string, seen: string): Promise<Session | undefined> {
    const key = sessionKey(id)
    const lock = `lock:${key}`
    for (let attempt = 0; attempt < 50; attempt++) {
      const current = await this.read(key)
      if (!current) return undefined
      if (current.tokens.accessToken !== seen) return current
      if (await this.store.setIfAbsent(lock, 1, 15_000)) {
        try {
          if (!current.tokens.refreshToken) {
            await this.store.delete(key)
            return undefined
          }
          const tokens = await refreshTokens(this.config, current.tokens.refreshToken)
          const next = { ...current, tokens }
          await this.write(key, next)
          return next
        } catch (error) {
          // A refused refresh token ends the session; a network failure keeps it for a retry.
          if (error instanceof OAuthError && error.status >= 400 && error.status < 500) await this.store.delete(key)
          return undefined
        } finally {
          await this.store.delete(lock)
        }
      }
      // Another process is refreshing this session: wait for its result.
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return undefined
  }
}
