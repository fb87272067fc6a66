import { Hono, type Context } from 'hono'
import type { Session } from '../auth/sessions'
import { vendorUrl, type ServerContext } from '../context'
import { failure, unauthenticated } from './envelope'
import { parsePriority } from './budget'

// /api/v2/* forwarded to the vendor with the session's access token: same status, same body
// (streamed back), the budget's X-RateLimit-* figures. The token is refreshed before it expires,
// and once more on a 401. Request bodies are small JSON (body-limited) and kept for that retry.

/** Request headers worth passing on; never the cookie, never the browser's Origin. */
const FORWARD_REQUEST = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-modified-since']
/** Response headers passed back; the rate-limit figures are the budget's own, set separately. */
const FORWARD_RESPONSE = ['content-type', 'cache-control', 'etag', 'last-modified', 'x-ratelimit-reset', 'location']

const READS = new Set(['GET', 'HEAD'])

export function apiProxy(ctx: ServerContext) {
  const { config, sessions, budget } = ctx

  async function send(c: Context, session: Session, path: string, body: ArrayBuffer | undefined) {
    const headers = new Headers({ authorization: `Bearer ${session.tokens.accessToken}` })
    for (const name of FORWARD_REQUEST) {
      const value = c.req.header(name)
      if (value) headers.set(name, value)
    }
    return fetch(vendorUrl(config, path), { method: c.req.method, headers, body, signal: c.req.raw.signal, redirect: 'manual' })
  }

  return new Hono().all('/*', async (c) => {
    const found = await sessions.load(c)
    if (!found) return unauthenticated(c)
    let { session } = found
    const { id } = found
    const url = new URL(c.req.url)
    const path = `${url.pathname.replace(/^\/api\/v2/, '')}${url.search}`
    const body = READS.has(c.req.method) ? undefined : await c.req.arrayBuffer()
    const priority = parsePriority(c.req.header('x-request-priority'))

    if (sessions.needsRefresh(session)) {
      const renewed = await sessions.refresh(id, session.tokens.accessToken)
      if (!renewed) return endSession(c, id)
      session = renewed
    } else {
      await sessions.touch(id)
    }

    let grant = await budget.acquire(session.budgetKey, priority, c.req.raw.signal)
    if (!grant.ok) return tooMany(c, grant.limit, grant.retryAfterMs)
    let upstream: Response
    try {
      upstream = await send(c, session, path, body)
      if (upstream.status === 401) {
        // Revoked or expired early: renew once and try again.
        await upstream.body?.cancel()
        const renewed = await sessions.refresh(id, session.tokens.accessToken)
        if (!renewed) return endSession(c, id)
        session = renewed
        grant = await budget.acquire(session.budgetKey, priority, c.req.raw.signal)
        if (!grant.ok) return tooMany(c, grant.limit, grant.retryAfterMs)
        upstream = await send(c, session, path, body)
      }
    } catch (error) {
      if (c.req.raw.signal.aborted) return new Response(null, { status: 499 })
      console.error(`proxy: ${c.req.method} ${path}: ${(error as Error).message}`)
      return failure(c, 502, 'The WebWork API could not be reached.', 'Bad Gateway')
    }

    const vendorRemaining = Number(upstream.headers.get('x-ratelimit-remaining') ?? NaN)
    await budget.observe(session.budgetKey, Number.isFinite(vendorRemaining) ? vendorRemaining : undefined, upstream.status === 429)
    const headers = new Headers()
    for (const name of FORWARD_RESPONSE) {
      const value = upstream.headers.get(name)
      if (value) headers.set(name, value)
    }
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store')
    const remaining = Math.min(grant.remaining, Number.isFinite(vendorRemaining) ? vendorRemaining : Infinity)
    headers.set('x-ratelimit-limit', String(grant.limit))
    headers.set('x-ratelimit-remaining', String(upstream.status === 429 ? 0 : remaining))
    const retryAfter = upstream.headers.get('retry-after')
    if (retryAfter) headers.set('retry-after', retryAfter)
    // The body streams through as it arrives (fetch has already undone any content-encoding).
    return new Response(upstream.body, { status: upstream.status, headers })
  })

  async function endSession(c: Context, id: string) {
    await sessions.destroy(c, id)
    return unauthenticated(c)
  }

  function tooMany(c: Context, limit: number, retryAfterMs: number) {
    return failure(c, 429, 'Too Many Attempts.', 'Too Many Requests', {
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': '0',
      'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
    })
  }
}
