import type { z } from 'zod'
import { errorEnvelopeSchema } from '@/contract/envelope'
import { API_BROWSER_BLOCKED, reachableWithoutCors } from './cors-probe'
import { ApiError, kindForStatus } from './errors'
import type { Priority, RequestBudget } from './rate-budget'

// The only place that calls `fetch` for the API: base URL, credentials, rate budget, envelope
// unwrapping, zod parsing and typed errors. It never navigates or toasts: callers decide.
// What differs between the static mode and the companion server is two small strategies passed
// to configure(): how a request says who sends it (`ApiAuth`) and who holds the budget
// (`RequestBudget`); see bearerAuth / serverSessionAuth below and RateBudget / MeterBudget.

/** What one request carries to say who sends it. */
export interface RequestAuthorization {
  headers: Record<string, string>
  credentials?: RequestCredentials
}

export interface ApiAuth {
  /** What a request of `priority` carries, or null when signed out (nothing is sent). */
  authorize(priority: Priority): RequestAuthorization | null
  /** Called once after a 401; resolves true when a retry may succeed (a renewed token). */
  renew(): Promise<boolean>
  /** After a network failure: a plainer reason than "could not be reached", when there is one. */
  explainNetworkFailure?(url: string, fetchFn: typeof fetch): Promise<string | null>
}

/** Static mode: the browser holds a bearer token (OAuth or personal) and renews it on a 401. */
export function bearerAuth(source: { accessToken(): string | null; renew(): Promise<boolean> }): ApiAuth {
  return {
    authorize: () => {
      const token = source.accessToken()
      return token ? { headers: { Authorization: `Bearer ${token}` } } : null
    },
    renew: () => source.renew(),
    // Cross-origin: a vendor that sends no CORS headers fails like an offline network.
    explainNetworkFailure: async (url, fetchFn) => ((await reachableWithoutCors(url, fetchFn)) ? API_BROWSER_BLOCKED : null),
  }
}

/**
 * Server mode: the companion server holds the tokens; the browser sends its session cookie to
 * the same origin and says who waits (the server serves clicks first). A 401 means the server's
 * session ended: nothing to renew here.
 */
export function serverSessionAuth(source: { signedIn(): boolean }): ApiAuth {
  return {
    authorize: (priority) => (source.signedIn() ? { headers: { 'X-Request-Priority': priority }, credentials: 'same-origin' } : null),
    renew: () => Promise.resolve(false),
  }
}

export type QueryParams = Record<string, string | number | boolean | undefined | null>

export interface RequestOptions<S extends z.ZodType> {
  /** The zod schema of the whole success envelope (from `@/contract`). */
  schema: S
  params?: QueryParams
  body?: unknown
  signal?: AbortSignal
  /** Who is waiting: a click, the visible page, or background work. */
  priority?: Priority
}

export interface ApiClientOptions {
  baseUrl: string
  auth: ApiAuth
  budget: RequestBudget
  fetch?: typeof fetch
}

/** How often a 429 is waited out (Retry-After) before it becomes an error. */
const RATE_LIMIT_RETRIES = 2
/** Assumed when a 429 carries no Retry-After: the vendor's window is one minute. */
const DEFAULT_RETRY_AFTER_S = 60

export class ApiClient {
  private options: ApiClientOptions | null = null

  constructor(options?: ApiClientOptions) {
    if (options) this.configure(options)
  }

  /** Set once at start-up, after the runtime config is known. */
  configure(options: ApiClientOptions) {
    this.options?.budget.dispose()
    this.options = options
  }

  get budget(): RequestBudget {
    return this.setup().budget
  }

  get<S extends z.ZodType>(path: string, options: RequestOptions<S>) {
    return this.request('GET', path, options)
  }
  post<S extends z.ZodType>(path: string, options: RequestOptions<S>) {
    return this.request('POST', path, { priority: 'user', ...options })
  }
  put<S extends z.ZodType>(path: string, options: RequestOptions<S>) {
    return this.request('PUT', path, { priority: 'user', ...options })
  }
  delete<S extends z.ZodType>(path: string, options: RequestOptions<S>) {
    return this.request('DELETE', path, { priority: 'user', ...options })
  }

  async request<S extends z.ZodType>(method: string, path: string, options: RequestOptions<S>): Promise<z.infer<S>> {
    const { baseUrl, auth, budget, fetch: fetchFn = globalThis.fetch } = this.setup()
    const { schema, params, body, signal, priority = 'page' } = options
    const url = buildUrl(baseUrl, path, params)
    const label = `${method} ${path}`
    let renewed = false
    let rateLimited = 0

    for (;;) {
      const authorization = auth.authorize(priority)
      if (!authorization) throw new ApiError('unauthorized', 'You are signed out.', { status: 401, request: label })
      await budget.acquire(priority, signal)
      let response: Response
      try {
        response = await fetchFn(url, {
          method,
          signal,
          ...(authorization.credentials ? { credentials: authorization.credentials } : {}),
          headers: {
            Accept: 'application/json',
            ...authorization.headers,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      } catch (error) {
        budget.settle(priority)
        // An abort is not a failure: rethrow it as is so that TanStack Query treats it as cancelled.
        if (signal?.aborted) throw signal.reason ?? error
        const reason = (await auth.explainNetworkFailure?.(url, fetchFn).catch(() => null)) ?? null
        throw new ApiError('network', reason ?? 'WebWork could not be reached. Check your connection.', { request: label, cause: error })
      }
      budget.settle(priority, {
        limit: intHeader(response, 'X-RateLimit-Limit'),
        remaining: intHeader(response, 'X-RateLimit-Remaining'),
      })

      if (response.status === 429) {
        const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'))
        budget.pause(retryAfter)
        // This request waits it out (a holding budget makes every other request wait too).
        if (rateLimited++ < RATE_LIMIT_RETRIES) {
          await delay(retryAfter * 1000, signal)
          continue
        }
        throw new ApiError('rate-limited', `Too many requests: WebWork asked to wait ${retryAfter} s.`, {
          status: 429,
          retryAfter,
          request: label,
        })
      }
      if (response.status === 401 && !renewed) {
        renewed = true
        if (await auth.renew()) continue
      }
      return parseResponse(response, schema, label)
    }
  }

  private setup(): ApiClientOptions {
    if (!this.options) throw new Error('The API client is used before configure() was called.')
    return this.options
  }
}

/** The app's one client; main.tsx configures it from config.json. */
export const api = new ApiClient()

function buildUrl(baseUrl: string, path: string, params: QueryParams = {}): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path)
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value))
  }
  return url.toString()
}

/**
 * An answer as the app takes it: a refusal becomes the ApiError of its status, a success is parsed
 * by `schema`, and an answer the schema refuses becomes an `invalid-response` ApiError naming
 * `label` (`GET /members`) and the field. Exported for the fuzzer (src/contract/fuzz.test.ts).
 */
export async function parseResponse<S extends z.ZodType>(response: Response, schema: S, label: string): Promise<z.infer<S>> {
  const text = await response.text().catch(() => '')
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }

  if (!response.ok) {
    const envelope = errorEnvelopeSchema.safeParse(json)
    const kind = kindForStatus(response.status)
    const message = envelope.success ? envelope.data.message : `WebWork answered HTTP ${response.status}.`
    throw new ApiError(kind, message, {
      status: response.status,
      fieldErrors: envelope.success ? envelope.data.errors : undefined,
      request: label,
    })
  }

  // A 2xx that says `success: false` is a refusal all the same (PHP APIs send both ways).
  const refusal = errorEnvelopeSchema.safeParse(json)
  if (refusal.success && refusal.data.success === false) {
    throw new ApiError('bad-request', refusal.data.message, { status: response.status, fieldErrors: refusal.data.errors, request: label })
  }

  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${fieldPath(issue.path)}` : ''
    throw new ApiError('invalid-response', `WebWork sent an unexpected answer to ${label}${where}: ${issue?.message ?? 'not JSON'}.`, {
      status: response.status,
      request: label,
      cause: parsed.error,
    })
  }
  return parsed.data
}

/** `data[3].member.id` rather than `data.3.member.id`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('')
}

/** Resolves after `ms`; rejects with the abort reason when the request is cancelled meanwhile. */
function delay(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted()
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function intHeader(response: Response, name: string): number | null {
  const value = response.headers.get(name)
  if (value === null || !/^\d+$/.test(value.trim())) return null
  return Number(value)
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string | null, now = Date.now()): number {
  if (!value) return DEFAULT_RETRY_AFTER_S
  if (/^\d+$/.test(value.trim())) return Math.max(1, Number(value))
  const date = Date.parse(value)
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_S : Math.max(1, Math.ceil((date - now) / 1000))
}
