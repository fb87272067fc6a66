import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preview } from '../../src/testing/json-mutations'
import { RateLimiter } from '../api/rate-limit'
import { documentedOperation } from '../dialect/docs-dialect'
import { createRng } from '../seed/random'
import { type InProcessSandbox, startInProcessSandbox } from '../testing/in-process'
import { API, apiEndpoints, type FuzzEndpoint } from './endpoints'
import { oauthCases } from './oauth-requests'
import { eachFromSeed, send } from './from-seed'
import { apiCases, type Callers, type FuzzCase, validRequest } from './requests'
import { seedTargets } from './targets'
import { judge, Tally } from './verdict'

// The sandbox under fuzz (issue 14): every route, sent its valid request and thousands of
// variants with one thing wrong, must answer without a 5xx, and every refusal must be the
// documented error envelope with a fitting status. The requests come from a seeded PRNG: a
// failure names its case, and the same seed sends the same cases again.

/** Another seed (`FUZZ_SEED=… npx vitest run sandbox/fuzz/fuzz.test.ts`) explores other cases; this one is the suite's. */
const SEED = process.env.FUZZ_SEED ?? 'sandbox fuzz 1'
/** A whole run takes seconds; a minute means some case hangs the sandbox (as two did). */
const RUN_TIMEOUT_MS = 60_000

interface Fuzzed {
  sandbox: InProcessSandbox
  callers: Callers
  endpoints: FuzzEndpoint[]
}

async function startFuzzed(dialect: 'rich' | 'docs'): Promise<Fuzzed> {
  // The harness's budget is one no run exhausts: the fuzz measures the routes, not the limit (which has its own case).
  const sandbox = await startInProcessSandbox({ dialect })
  const [manager, member] = await Promise.all([sandbox.signIn('manager@demo.test'), sandbox.signIn('member@demo.test')])
  return { sandbox, callers: { owner: sandbox.ownerToken, manager, member }, endpoints: apiEndpoints(seedTargets(sandbox.ctx.store)) }
}

interface Run {
  failures: string[]
  /** Writes the sandbox accepted: whatever odd value they stored, every read must still show. */
  acceptedWrites: FuzzCase[]
}

/** Sends the cases one by one (later ones see what earlier ones changed). */
async function sendAll(sandbox: InProcessSandbox, cases: readonly FuzzCase[], tally: Tally): Promise<Run> {
  const run: Run = { failures: [], acceptedWrites: [] }
  for (const c of cases) {
    const started = performance.now()
    const response = await send(sandbox, c)
    const problem = await judge(c, response.clone())
    tally.record(response.status, performance.now() - started, c.label)
    if (problem) run.failures.push(`${c.label}\n    ${c.method} ${preview(c.url)} body ${c.body === undefined ? '-' : preview(c.body)}\n    → ${problem}`)
    if (response.ok && c.method !== 'GET') run.acceptedWrites.push(c)
  }
  return run
}

/** Every endpoint's cases (or its valid request and `sample` others), each from the seed; prints the counts. */
async function fuzz(name: string, { sandbox, callers, endpoints }: Fuzzed, sample = Infinity): Promise<Run> {
  const rng = createRng(SEED)
  const tally = new Tally()
  const run: Run = { failures: [], acceptedWrites: [] }
  await eachFromSeed(sandbox, endpoints, callers.owner, async (e) => {
    const [valid, ...variants] = apiCases(e, rng.fork(`${e.method} ${e.route}`), callers)
    const { failures, acceptedWrites } = await sendAll(sandbox, [valid!, ...(sample < variants.length ? rng.sample(variants, sample) : variants)], tally)
    run.failures.push(...failures)
    run.acceptedWrites.push(...acceptedWrites)
  })
  console.warn(tally.summary(name))
  return run
}

describe('the sandbox fuzzer', () => {
  let rich: Fuzzed
  beforeAll(async () => {
    rich = await startFuzzed('rich')
  })
  afterAll(() => rich.sandbox.stop())

  it('fuzzes every route the sandbox serves', () => {
    // docs-dialect.test.ts holds every operation of the vendor's catalogue to be served, so this
    // covers every documented endpoint too.
    const fuzzed = new Set([
      ...rich.endpoints.map((e) => `${e.method} ${e.route}`),
      ...oauthCases(createRng(SEED)).map((c) => `${c.method} ${c.url.split('?')[0]}`),
    ])
    const served = rich.sandbox.app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/health').map((r) => `${r.method} ${r.path}`)
    expect(served.filter((route) => !fuzzed.has(route))).toEqual([])
  })

  it('starts from requests the contract accepts', () => {
    for (const e of rich.endpoints.filter((x) => x.bodySchema)) {
      expect(e.bodySchema!.safeParse(e.body).error?.issues ?? [], `${e.method} ${e.route}`).toEqual([])
    }
  })

  /** Filled by the next case, read by the one after it (vitest runs a file's cases in order). */
  let acceptedWrites: FuzzCase[] = []
  it(
    'gets no 5xx from the API, and every refusal in the error envelope with a fitting status',
    async () => {
      const run = await fuzz('sandbox API', rich)
      acceptedWrites = run.acceptedWrites
      expect(run.failures.slice(0, 25), `${run.failures.length} cases failed`).toEqual([])
    },
    RUN_TIMEOUT_MS,
  )

  it(
    'still answers every read once all the writes it accepted are stored together',
    async () => {
      // Odd values stored are a 5xx waiting for the next read (a leave to 9999-12-31 made every
      // list showing it slow). Each fuzzed endpoint started from the seed; here they all pile up.
      const { sandbox, callers, endpoints } = rich
      const tally = new Tally()
      const writes = await sendAll(
        sandbox,
        acceptedWrites.map((c) => ({ ...c, expect: undefined })),
        tally,
      )
      const failures = [...writes.failures]
      // Every page of every list, as the owner and as a manager who may not see rates.
      for (const e of endpoints.filter((x) => x.method === 'GET')) {
        for (const token of [callers.owner, callers.manager]) {
          for (let page = 1, last = 1; page <= last; page++) {
            const c = { ...validRequest({ ...e, query: { ...e.query, page: String(page), per_page: '50' } }, token), expect: undefined }
            const started = performance.now()
            const response = await send(sandbox, c)
            const problem = await judge(c, response.clone())
            tally.record(response.status, performance.now() - started, `${c.label}, page ${page}`)
            if (problem) failures.push(`${c.label} page ${page} → ${problem}`)
            last = ((await response.json()) as { meta?: { pagination?: { last_page?: number } } }).meta?.pagination?.last_page ?? 1
          }
        }
      }
      console.warn(tally.summary('sandbox API, reading back every accepted write'))
      expect(acceptedWrites.length).toBeGreaterThan(100)
      expect(failures.slice(0, 25)).toEqual([])
    },
    RUN_TIMEOUT_MS,
  )

  it('answers 429 in the envelope, with Retry-After, once the budget is spent', async () => {
    const { sandbox, callers, endpoints } = rich
    const rng = createRng(`${SEED} rate limit`)
    const limiter = sandbox.ctx.limiter
    sandbox.ctx.limiter = new RateLimiter(0)
    try {
      // A sample of every endpoint's cases: the limit comes before anything else is looked at.
      const cases = endpoints.flatMap((e) => rng.sample(apiCases(e, rng.fork(e.route), callers), 3)).map((c) => ({ ...c, expect: [429] }))
      const tally = new Tally()
      const { failures } = await sendAll(sandbox, cases, tally)
      console.warn(tally.summary('sandbox API, budget spent'))
      expect(failures.slice(0, 25)).toEqual([])
      const refused = await send(sandbox, cases[0]!)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    } finally {
      sandbox.ctx.limiter = limiter
    }
  })

  it(
    'gets no 5xx from the OAuth endpoints, and every refusal in their own error shape',
    async () => {
      const cases = oauthCases(createRng(`${SEED} oauth`))
      const tally = new Tally()
      const { failures } = await sendAll(rich.sandbox, cases, tally)
      console.warn(tally.summary('sandbox OAuth'))
      expect(failures.slice(0, 25), `${failures.length} of ${cases.length} cases failed`).toEqual([])
    },
    RUN_TIMEOUT_MS,
  )
})

describe('the sandbox fuzzer, docs dialect', () => {
  let docs: Fuzzed
  beforeAll(async () => {
    docs = await startFuzzed('docs')
  })
  afterAll(() => docs.sandbox.stop())

  it(
    'gets no 5xx from the documented operations either, refusals reshaped or not',
    async () => {
      // The docs dialect cuts answers to the docs' shapes; the sandbox's own extensions answer 404 there.
      const documented = docs.endpoints.filter((e) => documentedOperation(e.method, e.route.slice(API.length)))
      const { failures } = await fuzz('sandbox API, docs dialect (a sample)', { ...docs, endpoints: documented }, 8)
      expect(failures.slice(0, 25), `${failures.length} cases failed`).toEqual([])
    },
    RUN_TIMEOUT_MS,
  )
})
