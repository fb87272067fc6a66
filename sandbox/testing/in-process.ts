import { tmpdir } from 'node:os'
import { CLIENT_ID } from '../config'
import { DEMO_OWNER_PAT, DEMO_PASSWORD } from '../demo-accounts'
import { createSandbox } from '../server'
import { pkcePair, QUIET_CLOCK, REDIRECT_URI, SEED_DATE, validAuthorizeParams } from './fixture'

// A sandbox that answers in the test's own process, with no port: `request` hands a Request to
// the Hono app directly. For tests that send thousands of requests (the fuzzer), where a socket
// per request would cost more than the request itself.

/**
 * What @hono/node-server gives `getConnInfo`: the client's socket. `app.request` has none, so
 * every request comes from this one loopback client (the per-address limits count it once).
 */
const LOOPBACK_CLIENT = { incoming: { socket: { remoteAddress: '127.0.0.1', remotePort: 50_000, remoteFamily: 'IPv4' } } }

export async function startInProcessSandbox(options: Parameters<typeof createSandbox>[0] = {}) {
  const sandbox = await createSandbox({
    // Nothing is read from or written to it: the seed is made fresh and kept in memory.
    dataDir: tmpdir(),
    reset: true,
    persist: false,
    seedDate: SEED_DATE,
    clock: QUIET_CLOCK,
    allowPrivateWebhooks: true,
    // Its tests send thousands of requests; one that tests the limit sets its own.
    rateLimit: 1_000_000_000,
    ...options,
  })
  // Nothing leaves the process either: webhook deliveries are logged as queued, never sent.
  sandbox.ctx.webhooks.close()
  sandbox.address.origin = 'http://sandbox.test'

  const request = (path: string, init: RequestInit = {}) => Promise.resolve(sandbox.app.request(path, init, LOOPBACK_CLIENT))

  /** The authorization-code + PKCE flow through the sandbox's own sign-in form; returns the access token. */
  async function signIn(email: string): Promise<string> {
    const { verifier, challenge } = pkcePair()
    const form = new URLSearchParams({ ...validAuthorizeParams(challenge), email, password: DEMO_PASSWORD, decision: 'allow' })
    const redirect = await request('/oauth/authorize', { method: 'POST', body: form })
    const code = new URL(redirect.headers.get('location') ?? 'about:blank').searchParams.get('code')
    if (!code) throw new Error(`Sign-in as ${email} failed with ${redirect.status}`)
    const token = await request('/oauth/token', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier }),
    })
    return ((await token.json()) as { access_token: string }).access_token
  }

  /** Keeps the data as it is now; calling the result puts it back (one seed, many independent runs). */
  function checkpoint(): () => void {
    const { store } = sandbox.ctx
    const saved = structuredClone(store.data)
    return () => {
      Object.assign(store.data, structuredClone(saved))
      store.spansChanged()
    }
  }

  return {
    ctx: sandbox.ctx,
    app: sandbox.app,
    request,
    signIn,
    checkpoint,
    /** The demo owner's personal access token. */
    ownerToken: DEMO_OWNER_PAT,
    stop: sandbox.stop,
  }
}
export type InProcessSandbox = Awaited<ReturnType<typeof startInProcessSandbox>>
