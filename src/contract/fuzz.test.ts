// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { validAnswers } from '../../sandbox/fuzz/from-seed'
import { createRng } from '../../sandbox/seed/random'
import { startInProcessSandbox } from '../../sandbox/testing/in-process'
import { casesFor, corpus } from './corpus/corpus-files'
import { errorEnvelopeSchema } from './envelope'
import { parseResponse } from '@/lib/api/client'
import { ApiError, kindForStatus } from '@/lib/api/errors'
import { mutantsAt, pathPerShape, pathsOf, preview, shortLists } from '@/testing/json-mutations'
import { responseSchemas } from '@/testing/response-schemas'

// The app under fuzz (issue 14): every response schema of the contract is fed its valid answers
// (the vendor-docs corpus and the sandbox's own) with one value removed or replaced, through the
// API client's own parse path (`parseResponse`), as a real answer goes. Nothing may throw but the
// client's ApiError, and an answer the tolerant reader cannot take must be refused naming the
// request and the field (`… to GET /members at data[3].email: …`). Mutations come from a seeded
// PRNG: a failure names its case, and the same seed makes the same cases again.

/** Another seed (`FUZZ_SEED=… npx vitest run src/contract/fuzz.test.ts`) explores other cases; this one is the suite's. */
const SEED = process.env.FUZZ_SEED ?? 'app fuzz 1'
/** Mutants per value: each of a different kind, drawn from the twelve. */
const MUTANTS_PER_PATH = 4

interface Sample {
  /** Where the valid answer comes from: a corpus case or the sandbox. */
  source: string
  body: unknown
}

/** `GET /tasks/{taskId}` and the sandbox's `GET /tasks/:taskId` alike: `GET /tasks/*`. */
const shape = (endpoint: string) => endpoint.replace(/\{\w+\}|:\w+/g, '*')

let sandboxAnswers: Map<string, unknown>
beforeAll(async () => {
  const sandbox = await startInProcessSandbox()
  try {
    sandboxAnswers = new Map([...(await validAnswers(sandbox))].map(([endpoint, body]) => [shape(endpoint), body]))
  } finally {
    await sandbox.stop()
  }
}, 30_000)

const succeeded = (body: unknown) => (body as { success?: unknown }).success === true

function samplesFor(endpoint: string): Sample[] {
  const documented = casesFor(endpoint)
    .filter((c) => succeeded(c.response))
    .map((c) => ({ source: `corpus ${c.variant}: ${c.source}`, body: c.response }))
  const sandbox = sandboxAnswers.get(shape(endpoint))
  // Its lists hold a page of rows: three show every field the rest have.
  return [...documented, ...(sandbox === undefined ? [] : [{ source: 'sandbox', body: shortLists(sandbox, 3) }])]
}

type Outcome = { kind: 'accepted' } | { kind: 'named'; field: string } | { kind: 'whole' } | { kind: 'refusal' } | { kind: 'other'; what: string }

/** Feeds `text` (with `status`) to the client's parse path as the answer to `endpoint`, and says how it was taken. */
async function feed(endpoint: string, schema: z.ZodType, text: string, status = 200): Promise<Outcome> {
  const label = endpoint.replace(/\{\w+\}/g, '7')
  try {
    await parseResponse(new Response(text, { status, headers: { 'content-type': 'application/json' } }), schema, label)
    return { kind: 'accepted' }
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'other', what: `threw ${String(error)}` }
    if (error.kind === 'bad-request' && status < 300) return { kind: 'refusal' } // a 2xx saying success: false
    if (error.kind !== 'invalid-response') return { kind: 'other', what: `${error.kind}: ${error.message}` }
    const prefix = `WebWork sent an unexpected answer to ${label}`
    if (!error.message.startsWith(prefix)) return { kind: 'other', what: `does not name the request: ${error.message}` }
    const field = /^ at (.+?): /s.exec(error.message.slice(prefix.length))?.[1]
    return field ? { kind: 'named', field } : { kind: 'whole' }
  }
}

class Counts {
  tried = 0
  accepted = 0
  named = 0
  whole = 0
  refusals = 0
  other: string[] = []

  add(outcome: Outcome, label: string) {
    this.tried++
    if (outcome.kind === 'other') this.other.push(`${label}\n    → ${outcome.what}`)
    else if (outcome.kind === 'accepted') this.accepted++
    else if (outcome.kind === 'named') this.named++
    else if (outcome.kind === 'whole') this.whole++
    else this.refusals++
  }

  summary(name: string) {
    return (
      `fuzz ${name}: ${this.tried} cases, ${this.accepted} accepted, ${this.named} refused naming the field, ` +
      `${this.whole} refused as a whole, ${this.refusals} read as a refusal (success: false), ${this.other.length} other`
    )
  }
}

describe('the app fuzzer', () => {
  it('feeds every response schema of the contract, each with valid answers', () => {
    // Every `…EnvelopeSchema` and `…ListSchema` the contract exports (the error envelope has its own case below).
    const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true })
    const exported = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([name, value]) => /(Envelope|List)Schema$/.test(name) && name !== 'errorEnvelopeSchema' && typeof value === 'object')
        .map(([name, schema]) => ({ name: `${file} ${name}`, schema })),
    )
    expect(exported.length).toBeGreaterThan(50)
    const fed = new Set(responseSchemas.map((r) => r.schema))
    expect(exported.filter((e) => !fed.has(e.schema as z.ZodType)).map((e) => e.name)).toEqual([])
    expect(responseSchemas.filter((r) => samplesFor(r.endpoint).length === 0).map((r) => r.endpoint)).toEqual([])
  })

  it('reads every valid answer as it is', async () => {
    const refused: string[] = []
    for (const { endpoint, schema } of responseSchemas) {
      for (const sample of samplesFor(endpoint)) {
        const outcome = await feed(endpoint, schema, JSON.stringify(sample.body))
        if (outcome.kind !== 'accepted') refused.push(`${endpoint} (${sample.source}): ${JSON.stringify(outcome)}`)
      }
    }
    expect(refused).toEqual([])
  })

  it('takes every mutated answer without an uncaught exception, and refuses only naming the request and field', async () => {
    const rng = createRng(SEED)
    const counts = new Counts()
    for (const { endpoint, schema } of responseSchemas) {
      for (const sample of samplesFor(endpoint)) {
        const draw = rng.fork(`${endpoint} ${sample.source}`)
        for (const path of pathPerShape(sample.body, draw)) {
          for (const mutant of mutantsAt(sample.body, path, draw, MUTANTS_PER_PATH)) {
            counts.add(await feed(endpoint, schema, JSON.stringify(mutant.value)), `${endpoint} (${sample.source}) ${mutant.label}`)
          }
        }
      }
    }
    console.warn(counts.summary('app responses'))
    expect(counts.other.slice(0, 25), `${counts.other.length} of ${counts.tried} cases`).toEqual([])
    expect(counts.whole, 'refusals of one changed value that name no field').toBe(0)
    expect(counts.named).toBeGreaterThan(0)
  }, 60_000)

  it('refuses an answer that is not an envelope at all, naming the request', async () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000)
    const wholes = ['', '{"success": true, "data": ', 'null', '[]', '"ok"', '42', '<!doctype html><h1>502 Bad Gateway</h1>', deep]
    const counts = new Counts()
    for (const { endpoint, schema } of responseSchemas) {
      for (const text of wholes) counts.add(await feed(endpoint, schema, text), `${endpoint} answered ${preview(text)}`)
    }
    console.warn(counts.summary('app whole answers'))
    expect(counts.other).toEqual([])
    expect(counts.whole).toBe(counts.tried)
  })

  it('turns every mutated refusal into the ApiError of its status', async () => {
    const rng = createRng(`${SEED} refusals`)
    const refusals = Object.values(corpus)
      .flat()
      .filter((c) => !succeeded(c.response))
    expect(refusals.length).toBeGreaterThan(0)
    const counts = new Counts()
    const wrong: string[] = []
    for (const status of [400, 401, 403, 404, 409, 422, 500, 503]) {
      for (const refusal of refusals) {
        const draw = rng.fork(`${status} ${refusal.source}`)
        for (const path of pathsOf(refusal.response)) {
          for (const mutant of mutantsAt(refusal.response, path, draw, MUTANTS_PER_PATH)) {
            const error = await parseResponse(new Response(JSON.stringify(mutant.value), { status }), errorEnvelopeSchema, 'GET /members').then(
              () => undefined,
              (e: unknown) => e,
            )
            counts.tried++
            if (error instanceof ApiError && error.kind === kindForStatus(status) && error.status === status) counts.refusals++
            else wrong.push(`${status} ${mutant.label} → ${String(error)}`)
          }
        }
      }
    }
    console.warn(`fuzz app refusals: ${counts.tried} cases, ${counts.refusals} became the ApiError of their status, ${wrong.length} other`)
    expect(wrong.slice(0, 25)).toEqual([])
  })
})
