import type { Session } from '../auth/sessions'
import { vendorUrl, type ServerContext } from '../context'
import type { Priority } from './budget'

// One call to the vendor on behalf of a signed-in session, as every server-side call makes it:
// the access token renewed shortly before it expires, a slot of the user's budget first, one
// renewal and retry after a 401, and the vendor's own rate-limit figures believed afterwards.
// The proxy forwards the browser's requests through it; the live board's webhook registration
// and access checks use it too, so they spend the same budget.

export interface SessionHandle {
  id: string
  session: Session
}

export interface VendorRequest {
  method: string
  /** Path and query after /api/v2. */
  path: string
  priority: Priority
  headers?: Headers
  body?: BodyInit
  signal?: AbortSignal
}

export type VendorAnswer =
  | { kind: 'answered'; response: Response; session: Session; limit: number; remaining: number; vendorRemaining: number | undefined }
  /** The session cannot be renewed: it is over. */
  | { kind: 'signed-out' }
  | { kind: 'rate-limited'; limit: number; retryAfterMs: number }

export async function sendAsSession(ctx: ServerContext, handle: SessionHandle, request: VendorRequest): Promise<VendorAnswer> {
  const { config, sessions, budget } = ctx
  let { session } = handle

  const send = () => {
    const headers = new Headers(request.headers)
    headers.set('authorization', `Bearer ${session.tokens.accessToken}`)
    return fetch(vendorUrl(config, request.path), { method: request.method, headers, body: request.body, signal: request.signal, redirect: 'manual' })
  }

  if (sessions.needsRefresh(session)) {
    const renewed = await sessions.refresh(handle.id, session.tokens.accessToken)
    if (!renewed) return { kind: 'signed-out' }
    session = renewed
  } else {
    await sessions.touch(handle.id)
  }

  let grant = await budget.acquire(session.budgetKey, request.priority, request.signal)
  if (!grant.ok) return { kind: 'rate-limited', limit: grant.limit, retryAfterMs: grant.retryAfterMs }
  let response = await send()
  if (response.status === 401) {
    // Revoked or expired early: renew once and try again.
    await response.body?.cancel()
    const renewed = await sessions.refresh(handle.id, session.tokens.accessToken)
    if (!renewed) return { kind: 'signed-out' }
    session = renewed
    grant = await budget.acquire(session.budgetKey, request.priority, request.signal)
    if (!grant.ok) return { kind: 'rate-limited', limit: grant.limit, retryAfterMs: grant.retryAfterMs }
    response = await send()
  }

  const reported = Number(response.headers.get('x-ratelimit-remaining') ?? NaN)
  const vendorRemaining = Number.isFinite(reported) ? reported : undefined
  await budget.observe(session.budgetKey, vendorRemaining, response.status === 429)
  return { kind: 'answered', response, session, limit: grant.limit, remaining: grant.remaining, vendorRemaining }
}
