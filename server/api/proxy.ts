import { Hono, type Context } from 'hono'
import type { ServerContext } from '../context'
import { failure, unauthenticated } from './envelope'
import { parsePriority } from './budget'
import { sendAsSession } from './vendor-session'

// /api/v2/* forwarded to the vendor with the session's access token: same status, same body
// (streamed back), the budget's X-RateLimit-* figures. Renewal, the budget and the retry after a
// 401 are sendAsSession's (vendor-session.ts).

/** Request headers worth passing on; never the cookie, never the browser's Origin. */
const FORWARD_REQUEST = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-modified-since']
/** Response headers passed back; the rate-limit figures are the budget's own, set separately. */
const FORWARD_RESPONSE = ['content-type', 'cache-control', 'etag', 'last-modified', 'x-ratelimit-reset', 'location']

const READS = new Set(['GET', 'HEAD'])

export function apiProxy(ctx: ServerContext) {
  const { sessions } = ctx

  return new Hono().all('/*', async (c) => {
    const found = await sessions.load(c)
    if (!found) return unauthenticated(c)
    const url = new URL(c.req.url)
    const path = `${url.pathname.replace(/^\/api\/v2/, '')}${url.search}`
    const headers = new Headers()
    for (const name of FORWARD_REQUEST) {
      const value = c.req.header(name)
      if (value) headers.set(name, value)
    }
    // Kept whole (body-limited) for the retry after a renewal.
    const body = READS.has(c.req.method) ? undefined : await c.req.arrayBuffer()

    let answer
    try {
      answer = await sendAsSession(ctx, found, {
        method: c.req.method,
        path,
        priority: parsePriority(c.req.header('x-request-priority')),
        headers,
        body,
        signal: c.req.raw.signal,
      })
    } catch (error) {
      if (c.req.raw.signal.aborted) return new Response(null, { status: 499 })
      console.error(`proxy: ${c.req.method} ${path}: ${(error as Error).message}`)
      return failure(c, 502, 'The WebWork API could not be reached.', 'Bad Gateway')
    }
    if (answer.kind === 'signed-out') return endSession(c, found.id)
    if (answer.kind === 'rate-limited') return tooMany(c, answer.limit, answer.retryAfterMs)

    const { response: upstream, vendorRemaining } = answer
    const out = new Headers()
    for (const name of FORWARD_RESPONSE) {
      const value = upstream.headers.get(name)
      if (value) out.set(name, value)
    }
    if (!out.has('cache-control')) out.set('cache-control', 'no-store')
    out.set('x-ratelimit-limit', String(answer.limit))
    out.set('x-ratelimit-remaining', String(upstream.status === 429 ? 0 : Math.min(answer.remaining, vendorRemaining ?? Infinity)))
    const retryAfter = upstream.headers.get('retry-after')
    if (retryAfter) out.set('retry-after', retryAfter)
    // The body streams through as it arrives (fetch has already undone any content-encoding).
    return new Response(upstream.body, { status: upstream.status, headers: out })
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
