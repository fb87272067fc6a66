import { createRequire } from 'node:module'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import OAuth2Server from '@node-oauth/oauth2-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { MAX_BODY_BYTES } from '../api/app'
import type { SandboxContext } from '../context'
import { checkAuthorizeRequest } from './authorize-request'
import { clientAuthenticated, INVALID_CLIENT } from './client-auth'
import { oauthModel, revokeGrant } from './model'
import { errorPage, signInPage } from './pages'
import { SignInThrottle } from './sign-in-throttle'
import { verifyPassword } from './secrets'

const require = createRequire(import.meta.url)
// The library answers a redirect_uri mismatch at the token endpoint with invalid_request;
// RFC 6749 §5.2 names invalid_grant for it. Its grant type is not exported, hence the require.
const AuthorizationCodeGrantType = require('@node-oauth/oauth2-server/lib/grant-types/authorization-code-grant-type') as new (
  options: OAuth2Server.TokenOptions,
) => object
class StrictRedirectGrant extends AuthorizationCodeGrantType {
  validateRedirectUri(request: OAuth2Server.Request, code: OAuth2Server.AuthorizationCode) {
    const given = request.body.redirect_uri
    if (code.redirectUri && given !== code.redirectUri) {
      throw new OAuth2Server.InvalidGrantError('Invalid grant: `redirect_uri` does not match the authorization request')
    }
  }
}

type FormBody = Record<string, string | undefined>

/** The grants the dashboard's client is registered for. */
const SUPPORTED_GRANTS = ['authorization_code', 'refresh_token']

/** The sandbox's OAuth2 authorization server, shaped like the vendor's (`/oauth/...`). */
export function oauthRoutes(ctx: SandboxContext) {
  const { config, store } = ctx
  const oauth = new OAuth2Server({
    model: oauthModel(store, config),
    accessTokenLifetime: config.accessTokenTtl,
    refreshTokenLifetime: config.refreshTokenTtl,
    authorizationCodeLifetime: config.authCodeTtl,
    allowEmptyState: false,
    alwaysIssueNewRefreshToken: true,
    requireClientAuthentication: { authorization_code: false, refresh_token: false },
    extendedGrantTypes: { authorization_code: StrictRedirectGrant as unknown as typeof OAuth2Server.AbstractGrantType },
  })

  const check = (input: FormBody) => checkAuthorizeRequest(config, input)
  const signInThrottle = new SignInThrottle()

  /** Render a check that failed: an error page or a redirect back to the client. */
  const refuse = (c: Context, result: Exclude<ReturnType<typeof check>, { kind: 'ok' }>) =>
    result.kind === 'page' ? c.html(errorPage(result.message), 400) : c.redirect(result.location, 302)

  // The sign-in pages are framed by nobody and run no script; their form may lead (by redirect)
  // only to this server or a registered redirect URI.
  const pagePolicy = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `form-action 'self' ${[...new Set(config.redirectUris.map((uri) => new URL(uri).origin))].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ')

  return new Hono()
    .use(
      '/token',
      limitBody((c, message) => c.json({ error: 'invalid_request', error_description: message }, 413)),
    )
    .use(
      '/revoke',
      limitBody((c, message) => c.json({ error: 'invalid_request', error_description: message }, 413)),
    )
    .use('/authorize', async (c, next) => {
      await next()
      c.res.headers.set('Content-Security-Policy', pagePolicy)
      c.res.headers.set('X-Frame-Options', 'DENY')
      c.res.headers.set('Referrer-Policy', 'no-referrer')
      c.res.headers.set('X-Content-Type-Options', 'nosniff')
    })
    .use(
      '/authorize',
      limitBody((c, message) => c.html(errorPage(message), 413)),
    )
    .get('/authorize', (c) => {
      const result = check(c.req.query())
      if (result.kind !== 'ok') return refuse(c, result)
      return c.html(signInPage({ params: result.params, scope: result.scope }))
    })
    .post('/authorize', async (c) => {
      // An unreadable form (multipart without a boundary, …) is an empty one: refused below, not a 500.
      const form = (await c.req.parseBody().catch(() => ({}))) as FormBody
      const result = check(form)
      if (result.kind !== 'ok') return refuse(c, result)
      if (form.decision === 'deny') {
        const url = new URL(result.params.redirect_uri!)
        url.searchParams.set('error', 'access_denied')
        url.searchParams.set('error_description', 'The user cancelled the sign-in')
        url.searchParams.set('state', result.params.state!)
        return c.redirect(url.toString(), 302)
      }
      const email = (form.email ?? '').trim().toLowerCase()
      const address = getConnInfo(c).remote.address ?? 'unknown'
      // Throttled before the password is even checked: a guesser learns nothing while blocked.
      const wait = signInThrottle.blocked(email, address)
      if (wait !== null) {
        c.header('Retry-After', String(wait))
        const error = `Too many sign-in attempts. Try again in ${wait} seconds.`
        return c.html(signInPage({ params: result.params, scope: result.scope, email, error }), 429)
      }
      const user = store.data.users.find((u) => u.email === email)
      if (!user || !user.passwordHash || !verifyPassword(form.password ?? '', user.passwordHash)) {
        signInThrottle.failed(email, address)
        return c.html(signInPage({ params: result.params, scope: result.scope, email, error: 'The email or password is not correct.' }), 401)
      }
      const request = new OAuth2Server.Request({ method: 'POST', headers: {}, query: {}, body: result.params })
      const response = new OAuth2Server.Response()
      try {
        await oauth.authorize(request, response, { authenticateHandler: { handle: () => user } })
      } catch {
        // The library has already written an error redirect (RFC 6749 §4.1.2.1) into the response.
      }
      const location = response.get('location') as string | undefined
      return location ? c.redirect(location, 302) : c.html(errorPage('The sign-in could not be completed.'), 500)
    })
    .post('/token', async (c) => {
      const body = await readTokenBody(c)
      // The library would check the client first and answer invalid_client; RFC 6749 §5.2 wants invalid_request.
      if (!body.grant_type) return c.json({ error: 'invalid_request', error_description: 'Missing parameter: `grant_type`' }, 400)
      // A grant this server does not offer (password, client_credentials, …) is named as such
      // (RFC 6749 §5.2), before any client check could call it invalid_client.
      if (!SUPPORTED_GRANTS.includes(body.grant_type)) {
        return c.json({ error: 'unsupported_grant_type', error_description: `The grant type "${body.grant_type}" is not supported.` }, 400)
      }
      // Confidential mode: the client authenticates before anything else is looked at.
      if (!clientAuthenticated(config, c.req.header('authorization'), body)) {
        c.header('WWW-Authenticate', 'Basic realm="WebWork sandbox"')
        return c.json(INVALID_CLIENT, 401)
      }
      const request = new OAuth2Server.Request({
        method: 'POST',
        query: {},
        body,
        // The library checks the form content type and needs a content-length to see a body.
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(new URLSearchParams(body).toString().length),
          ...(c.req.header('authorization') ? { authorization: c.req.header('authorization')! } : {}),
        },
      })
      const response = new OAuth2Server.Response()
      try {
        await oauth.token(request, response)
      } catch {
        // Error already rendered into `response` as RFC 6749 §5.2 says.
      }
      for (const [name, value] of Object.entries(response.headers ?? {})) c.header(name, String(value))
      return c.json(response.body, response.status as 200 | 400 | 401 | 503)
    })
    .post('/revoke', async (c) => {
      // RFC 7009: the answer is 200 whether or not the token was known, so it reveals nothing.
      const body = await readTokenBody(c)
      // RFC 7009 §2.1: a confidential client authenticates here as at the token endpoint.
      if (!clientAuthenticated(config, c.req.header('authorization'), body)) {
        c.header('WWW-Authenticate', 'Basic realm="WebWork sandbox"')
        return c.json(INVALID_CLIENT, 401)
      }
      if (!body.token) return c.json({ error: 'invalid_request', error_description: 'Missing parameter: token' }, 400)
      revokeGrant(store, body.token)
      return c.body(null, 200)
    })
}

/**
 * Nobody is known yet at these endpoints, so a body is all a stranger needs to send: read no more
 * of it than the API would (1 MB; the fuzzer's 1 MB form was read whole), then answer `refuse`.
 */
const limitBody = (refuse: (c: Context, message: string) => Response) =>
  bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => refuse(c, 'The request body may not be larger than 1 MB.') })

/**
 * Form-encoded as OAuth says; JSON accepted too. A body that is neither a readable form nor a JSON
 * object (JSON `null`, multipart without a boundary, …) reads as an empty form, which the grant
 * checks then refuse as `invalid_request` naming what is missing (it crashed into a 500 before).
 */
async function readTokenBody(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? ''
  const raw: unknown = await (type.includes('application/json') ? c.req.json() : c.req.parseBody()).catch(() => ({}))
  if (typeof raw !== 'object' || raw === null) return {}
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}
