import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLIENT_ID, DEFAULT_REDIRECT_URIS } from '../config'
import { DEMO_PASSWORD } from '../demo-accounts'
import { formatDay, parseDay } from '../seed/calendar'
import { startSandbox, type RunningSandbox } from '../server'

// Test helpers that talk to a real sandbox over HTTP, exactly as the dashboard or a script would.

export const REDIRECT_URI = DEFAULT_REDIRECT_URIS[0]!
export const SEED_DATE = '2026-11-23'
/**
 * The default clock of test sandboxes: frozen at noon UTC on the eve of the seed day, when the
 * live simulation has nothing to play, so tests that do not ask for a clock see the same data
 * whatever the real date: the seed up to that instant (nothing seeded ends after the clock's now,
 * so the seed day's own mornings are not in it). Live-tracking tests pass their own `clock`.
 */
export const quietClockFor = (seedDate: string) => `${formatDay(parseDay(seedDate) - 1)}T12:00:00Z`
export const QUIET_CLOCK = quietClockFor(SEED_DATE)

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'webwork-sandbox-'))
}

export async function startTestSandbox(options: Parameters<typeof startSandbox>[0] = {}): Promise<RunningSandbox> {
  // Tests' webhook receivers listen on loopback: the set-up opts in, as an integrator's would.
  const seedDate = options.seedDate ?? SEED_DATE
  return startSandbox({ port: 0, dataDir: await tempDataDir(), seedDate, clock: quietClockFor(seedDate), allowPrivateWebhooks: true, ...options })
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  return { verifier, challenge }
}

export function authorizeUrl(origin: string, params: Record<string, string | undefined>): string {
  const url = new URL('/oauth/authorize', origin)
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v)
  return url.toString()
}

export function validAuthorizeParams(challenge: string, overrides: Record<string, string | undefined> = {}) {
  return {
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'read write',
    state: 'state-' + randomBytes(6).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  }
}

/** Submit the sign-in form the authorize page shows; returns the redirect's URL. */
export async function signInForm(
  origin: string,
  params: Record<string, string | undefined>,
  credentials: { email: string; password?: string; decision?: string },
): Promise<Response> {
  const form = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) form.set(k, v)
  form.set('email', credentials.email)
  form.set('password', credentials.password ?? DEMO_PASSWORD)
  form.set('decision', credentials.decision ?? 'allow')
  return fetch(new URL('/oauth/authorize', origin), { method: 'POST', body: form, redirect: 'manual' })
}

export async function authorizationCode(origin: string, email: string, challenge: string) {
  const params = validAuthorizeParams(challenge)
  const response = await signInForm(origin, params, { email })
  const location = new URL(response.headers.get('location')!)
  return { code: location.searchParams.get('code')!, state: location.searchParams.get('state'), params, location }
}

export async function tokenRequest(origin: string, body: Record<string, string>, json = false) {
  const response = await fetch(new URL('/oauth/token', origin), {
    method: 'POST',
    headers: { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' },
    body: json ? JSON.stringify(body) : new URLSearchParams(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers }
}

/** The whole authorization-code + PKCE flow; returns the token response. */
export async function signIn(origin: string, email: string) {
  const { verifier, challenge } = pkcePair()
  const { code } = await authorizationCode(origin, email, challenge)
  const tokens = await tokenRequest(origin, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    code_verifier: verifier,
  })
  return tokens.body as { access_token: string; refresh_token: string; expires_in: number; token_type: string; scope: string }
}

export async function api(origin: string, path: string, options: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(new URL(`/api/v2${path}`, origin), {
    method: options.method ?? 'GET',
    headers: {
      accept: 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: (await response.json()) as any }
}
