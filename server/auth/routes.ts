import { createHash, randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { ServerConfig } from '../config'
import { vendorUrl, type ServerContext } from '../context'
import { readIdentity } from './identity'
import { authorizationUrl, exchangeCode, OAuthError, pkcePair, revokeToken, type TokenSet } from './vendor-oauth'

// The OAuth agent (Curity's token handler pattern): login start and end, session, logout. The
// browser learns who is signed in, never a token.

/** Binds a sign-in to the browser that started it (login CSRF), for ten minutes, on the callback path only. */
const LOGIN_COOKIE = 'ww_login'
const LOGIN_TTL_MS = 10 * 60_000

interface PendingLogin {
  verifier: string
  returnTo: string
  browser: string
}

const loginKey = (state: string) => `login:${createHash('sha256').update(state).digest('base64url')}`

/** Only a path on this server: no scheme, no host, no `//evil.example`. */
export function safeReturnTo(config: ServerConfig, value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  try {
    const base = new URL(config.publicUrl)
    const url = new URL(value, base)
    return url.origin === base.origin ? `${url.pathname}${url.search}${url.hash}` : '/'
  } catch {
    return '/'
  }
}

function page(title: string, message: string) {
  const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/">Back to the dashboard</a></p></main></body></html>`
}

export function authRoutes(ctx: ServerContext) {
  const { config, store, sessions, budget } = ctx
  const loginCookie = { httpOnly: true, sameSite: 'Lax' as const, path: '/auth/callback', secure: config.publicUrl.startsWith('https:') }

  /** Refresh token first: revoking it ends the whole grant at most vendors. Best effort. */
  async function revokeAll(tokens: TokenSet) {
    if (tokens.refreshToken) await revokeToken(config, tokens.refreshToken, 'refresh_token')
    await revokeToken(config, tokens.accessToken, 'access_token')
  }

  return new Hono()
    .get('/login', async (c) => {
      const state = randomBytes(24).toString('base64url')
      const browser = randomBytes(24).toString('base64url')
      const { verifier, challenge } = pkcePair()
      const pending: PendingLogin = { verifier, returnTo: safeReturnTo(config, c.req.query('returnTo')), browser }
      await store.set(loginKey(state), pending, LOGIN_TTL_MS)
      setCookie(c, LOGIN_COOKIE, browser, { ...loginCookie, maxAge: LOGIN_TTL_MS / 1000 })
      c.header('Cache-Control', 'no-store')
      return c.redirect(authorizationUrl(config, state, challenge), 302)
    })

    .get('/callback', async (c) => {
      c.header('Cache-Control', 'no-store')
      const { code, state, error } = c.req.query()
      const browser = getCookie(c, LOGIN_COOKIE)
      deleteCookie(c, LOGIN_COOKIE, loginCookie)
      const pending = state ? await store.take<PendingLogin>(loginKey(state)) : undefined
      if (!pending || !browser || pending.browser !== browser) {
        return c.html(
          page('Sign-in expired', 'This sign-in link is not valid any more (or was opened in another browser). Start again from the dashboard.'),
          400,
        )
      }
      // The user cancelled (access_denied) or the vendor refused: back to the app, still signed out.
      if (error || !code) return c.redirect(pending.returnTo, 302)

      let tokens
      try {
        tokens = await exchangeCode(config, code, pending.verifier)
      } catch (caught) {
        const reason = caught instanceof OAuthError ? caught.message : 'the WebWork server could not be reached'
        console.error(`auth: code exchange failed: ${reason}`)
        return c.html(page('Sign-in failed', `WebWork did not complete the sign-in (${reason}). Start again from the dashboard.`), 502)
      }

      let calls = 0
      const send = (path: string) => {
        calls++
        return fetch(vendorUrl(config, path), {
          headers: { authorization: `Bearer ${tokens.accessToken}`, accept: 'application/json' },
          signal: AbortSignal.timeout(15_000),
        })
      }
      const identity = await readIdentity(send).catch((caught: Error) => caught)
      if (identity instanceof Error) {
        console.error(`auth: reading who signed in failed: ${identity.message}`)
        await revokeToken(config, tokens.accessToken, 'access_token')
        return c.html(page('Sign-in failed', 'WebWork signed you in, but the API did not say who you are. Try again later.'), 502)
      }
      const budgetKey = identity.userId !== undefined ? `user:${identity.userId}` : `anon:${randomBytes(12).toString('base64url')}`
      // The sign-in's own API calls count against the user's budget too.
      await budget.spend(budgetKey, calls)
      // Signing in again in the same browser: the old session's grant ends too, not only its id.
      const previous = await sessions.load(c)
      if (previous) await revokeAll(previous.session.tokens)
      await sessions.create(c, { budgetKey, user: identity.user, workspaces: identity.workspaces, tokens, createdAt: Date.now() })
      return c.redirect(pending.returnTo, 302)
    })

    .get('/session', async (c) => {
      c.header('Cache-Control', 'no-store')
      const found = await sessions.load(c)
      if (!found) return c.json({ signedIn: false }, 401)
      await sessions.touch(found.id)
      return c.json({ signedIn: true, user: found.session.user, workspaces: found.session.workspaces })
    })

    .post('/logout', async (c) => {
      const found = await sessions.load(c)
      if (found) await revokeAll(found.session.tokens)
      await sessions.destroy(c, found?.id ?? (await sessions.id(c)))
      c.header('Cache-Control', 'no-store')
      return c.body(null, 204)
    })
}
