// @vitest-environment node
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { memberEnvelopeSchema, memberListSchema } from '@/contract/members'
import { envelope, errorEnvelope, listEnvelope, member } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { ApiClient, bearerAuth, retryAfterSeconds, serverSessionAuth } from './client'
import { API_BROWSER_BLOCKED } from './cors-probe'
import { ApiError } from './errors'
import { MeterBudget } from './meter-budget'
import { RateBudget } from './rate-budget'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

type TokenSource = Parameters<typeof bearerAuth>[0]

function makeClient(auth: Partial<TokenSource> = {}) {
  const budget = new RateBudget({ limit: 60 })
  const client = new ApiClient({
    baseUrl: TEST_API,
    budget,
    auth: bearerAuth({ accessToken: () => 'token-1', renew: async () => false, ...auth }),
  })
  return { client, budget }
}

const getMember = (client: ApiClient, signal?: AbortSignal) =>
  client.get('/members/1', { schema: memberEnvelopeSchema, params: { workspace_id: 1000 }, signal })

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('ApiClient', () => {
  it('sends the bearer token and query, and parses the envelope', async () => {
    let seen: Request | undefined
    server.use(
      http.get(`${TEST_API}/members`, ({ request }) => {
        seen = request
        return HttpResponse.json(listEnvelope([member({ id: 1 }), member({ id: 2 })]))
      }),
    )
    const { client } = makeClient()
    const result = await client.get('/members', { schema: memberListSchema, params: { workspace_id: 1000, status: undefined } })
    expect(result.data.map((m) => m.id)).toEqual([1, 2])
    expect(result.pagination?.total).toBe(2)
    expect(seen?.headers.get('authorization')).toBe('Bearer token-1')
    expect(new URL(seen!.url).search).toBe('?workspace_id=1000')
  })

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [400, 'bad-request'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('turns HTTP %i into a %s error with the server message', async (status, kind) => {
    server.use(http.get(`${TEST_API}/members/1`, () => HttpResponse.json(errorEnvelope(`Refused ${status}`), { status })))
    const error = await caught(getMember(makeClient().client))
    expect(error).toMatchObject({ kind, message: `Refused ${status}`, status })
  })

  it('keeps the field messages of a 422', async () => {
    server.use(
      http.get(`${TEST_API}/members/1`, () =>
        HttpResponse.json(errorEnvelope('The given data was invalid.', { errors: { email: ['The email has already been taken.'] } }), {
          status: 422,
        }),
      ),
    )
    const error = await caught(getMember(makeClient().client))
    expect(error.kind).toBe('validation')
    expect(error.details.fieldErrors).toEqual({ email: ['The email has already been taken.'] })
  })

  it('makes a malformed answer an invalid-response error, never a crash', async () => {
    server.use(http.get(`${TEST_API}/members/1`, () => HttpResponse.json(envelope({ id: 'one' }))))
    const error = await caught(getMember(makeClient().client))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toMatch(/data\./)

    server.use(http.get(`${TEST_API}/members/1`, () => new HttpResponse('<html>oops</html>', { status: 200 })))
    expect((await caught(getMember(makeClient().client))).kind).toBe('invalid-response')
  })

  it('names the failing field of a list row with its index', async () => {
    server.use(http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope([member({ id: 1 }), { ...member({ id: 2 }), id: [2] }]))))
    const error = await caught(makeClient().client.get('/members', { schema: memberListSchema, params: { workspace_id: 1000 } }))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('at data[1].id')
  })

  it('treats a 2xx that says success: false as a refusal, with its message', async () => {
    server.use(http.get(`${TEST_API}/members/1`, () => HttpResponse.json({ success: false, message: 'Workspace is blocked.' })))
    const error = await caught(getMember(makeClient().client))
    expect(error).toMatchObject({ kind: 'bad-request', message: 'Workspace is blocked.', status: 200 })
  })

  it('reports an error body that is not the envelope by its status', async () => {
    server.use(http.get(`${TEST_API}/members/1`, () => new HttpResponse('Bad gateway', { status: 502 })))
    const error = await caught(getMember(makeClient().client))
    expect(error).toMatchObject({ kind: 'server', status: 502 })
  })

  it('reports a network failure', async () => {
    server.use(http.get(`${TEST_API}/members/1`, () => HttpResponse.error()))
    const error = await caught(getMember(makeClient().client))
    expect(error).toMatchObject({ kind: 'network', message: 'WebWork could not be reached. Check your connection.' })
  })

  it('says the companion server is needed when the vendor is up but sends no CORS headers', async () => {
    // The browser refuses to read the answer (fetch throws); a no-cors probe still reaches the server.
    let calls = 0
    server.use(http.get(`${TEST_API}/members/1`, () => (++calls === 1 ? HttpResponse.error() : new HttpResponse(null, { status: 401 }))))
    const error = await caught(getMember(makeClient().client))
    expect(error.kind).toBe('network')
    expect(error.message).toBe(API_BROWSER_BLOCKED)
    expect(error.message).toMatch(/companion server \(npm run start:server\)/)
  })

  it('passes an abort through as an abort, not as an ApiError', async () => {
    server.use(
      http.get(`${TEST_API}/members/1`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 200))
        return HttpResponse.json(envelope(member()))
      }),
    )
    const controller = new AbortController()
    const pending = getMember(makeClient().client, controller.signal)
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ApiError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('renews the token once on a 401 and retries with the new one', async () => {
    let token = 'expired'
    const renew = vi.fn(async () => {
      token = 'fresh'
      return true
    })
    server.use(
      http.get(`${TEST_API}/members/1`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer fresh'
          ? HttpResponse.json(envelope(member()))
          : HttpResponse.json(errorEnvelope('Unauthenticated.'), { status: 401 }),
      ),
    )
    const { client } = makeClient({ accessToken: () => token, renew })
    const result = await getMember(client)
    expect(result.data.id).toBe(1)
    expect(renew).toHaveBeenCalledTimes(1)
  })

  it('gives up with an unauthorized error when renewal does not help', async () => {
    const renew = vi.fn(async () => true)
    server.use(http.get(`${TEST_API}/members/1`, () => HttpResponse.json(errorEnvelope('Unauthenticated.'), { status: 401 })))
    const error = await caught(getMember(makeClient({ renew }).client))
    expect(error.kind).toBe('unauthorized')
    expect(renew).toHaveBeenCalledTimes(1)
  })

  it('waits out a 429 for Retry-After, then succeeds', async () => {
    let calls = 0
    const times: number[] = []
    server.use(
      http.get(`${TEST_API}/members/1`, () => {
        times.push(Date.now())
        calls++
        return calls === 1
          ? HttpResponse.json(errorEnvelope('Too Many Attempts.'), {
              status: 429,
              headers: { 'Retry-After': '1', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Limit': '60' },
            })
          : HttpResponse.json(envelope(member()), { headers: { 'X-RateLimit-Remaining': '42', 'X-RateLimit-Limit': '60' } })
      }),
    )
    const { client, budget } = makeClient()
    const result = await getMember(client)
    expect(result.data.id).toBe(1)
    expect(calls).toBe(2)
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950)
    expect(budget.getSnapshot().remaining).toBeLessThanOrEqual(42)
  })

  it('turns a 429 that persists into a rate-limited error', async () => {
    let calls = 0
    server.use(
      http.get(`${TEST_API}/members/1`, () => {
        calls++
        return HttpResponse.json(errorEnvelope('Too Many Attempts.'), { status: 429, headers: { 'Retry-After': '0' } })
      }),
    )
    const error = await caught(getMember(makeClient().client))
    expect(error.kind).toBe('rate-limited')
    expect(calls).toBe(3)
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterSeconds('7')).toBe(7)
    expect(retryAfterSeconds(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5)
    expect(retryAfterSeconds(null)).toBe(60)
  })
})

describe('ApiClient with the companion server (server mode)', () => {
  function makeServerClient(signedIn = () => true) {
    const inits: RequestInit[] = []
    const budget = new MeterBudget({ limit: 60 })
    const client = new ApiClient({
      baseUrl: TEST_API,
      budget,
      auth: serverSessionAuth({ signedIn }),
      fetch: (input, init) => {
        inits.push(init ?? {})
        return fetch(input, init)
      },
    })
    return { client, budget, inits }
  }

  it('sends the session cookie and the priority, never a bearer token', async () => {
    const seen: Request[] = []
    server.use(
      http.get(`${TEST_API}/members/1`, ({ request }) => {
        seen.push(request)
        return HttpResponse.json(envelope(member()))
      }),
      http.post(`${TEST_API}/members`, ({ request }) => {
        seen.push(request)
        return HttpResponse.json(envelope(member()))
      }),
    )
    const { client, inits } = makeServerClient()
    await client.get('/members/1', { schema: memberEnvelopeSchema, priority: 'background' })
    await client.get('/members/1', { schema: memberEnvelopeSchema })
    await client.post('/members', { schema: memberEnvelopeSchema, body: { email: 'a@example.com' } })
    expect(seen.map((r) => r.headers.get('x-request-priority'))).toEqual(['background', 'page', 'user'])
    expect(seen.every((r) => !r.headers.has('authorization'))).toBe(true)
    expect(inits.map((init) => init.credentials)).toEqual(['same-origin', 'same-origin', 'same-origin'])
  })

  it('does not hold requests back: the server holds the budget', async () => {
    // 100 requests at once, far over the 60 a minute: all of them reach the server before any answer.
    let arrived = 0
    let release!: () => void
    const allArrived = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(`${TEST_API}/members/:id`, async ({ params }) => {
        if (++arrived === 100) release()
        await allArrived
        return HttpResponse.json(envelope(member({ id: Number(params.id) })), {
          headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '7' },
        })
      }),
    )
    const { client, budget } = makeServerClient()
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => client.get(`/members/${i + 1}`, { schema: memberEnvelopeSchema, priority: i % 2 ? 'background' : 'page' })),
    )
    expect(results).toHaveLength(100)
    expect(arrived).toBe(100)
    // The meter shows the server's figure, and nothing waits in the browser.
    expect(budget.getSnapshot()).toMatchObject({ limit: 60, remaining: 7, queued: 0 })
  })

  it('treats a 401 as the end of the server session: no renewal, one request', async () => {
    let calls = 0
    server.use(
      http.get(`${TEST_API}/members/1`, () => {
        calls++
        return HttpResponse.json(errorEnvelope('Unauthenticated.', { error: 'Unauthorized' }), { status: 401 })
      }),
    )
    const error = await caught(getMember(makeServerClient().client))
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 })
    expect(calls).toBe(1)
  })

  it('never probes for CORS on the same origin: a failure there is the network', async () => {
    let calls = 0
    server.use(http.get(`${TEST_API}/members/1`, () => (++calls, HttpResponse.error())))
    const error = await caught(getMember(makeServerClient().client))
    expect(error).toMatchObject({ kind: 'network', message: 'WebWork could not be reached. Check your connection.' })
    expect(calls).toBe(1)
  })

  it('sends nothing when the server said nobody is signed in', async () => {
    const { client, inits } = makeServerClient(() => false)
    expect((await caught(getMember(client))).kind).toBe('unauthorized')
    expect(inits).toHaveLength(0)
  })

  it('waits out a 429 from the server for this request only, and shows the pause on the meter', async () => {
    let calls = 0
    server.use(
      http.get(`${TEST_API}/members/:id`, ({ params }) => {
        calls++
        if (params.id === '1' && calls === 1) {
          return HttpResponse.json(errorEnvelope('Too Many Attempts.'), {
            status: 429,
            headers: { 'Retry-After': '1', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Limit': '60' },
          })
        }
        return HttpResponse.json(envelope(member({ id: Number(params.id) })))
      }),
    )
    const { client, budget } = makeServerClient()
    const refused = getMember(client)
    await vi.waitFor(() => expect(budget.getSnapshot().pausedUntil).not.toBeNull())
    // A click meanwhile goes straight to the server, which decides.
    const started = Date.now()
    await client.get('/members/2', { schema: memberEnvelopeSchema, priority: 'user' })
    expect(Date.now() - started).toBeLessThan(500)
    expect((await refused).data.id).toBe(1)
    expect(calls).toBe(3)
  })
})
