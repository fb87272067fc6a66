import { badDates, badPathIds, badQueryValues, hostileStrings } from '../../src/testing/hostile-values'
import { extraFieldMutants, mutantsAt, pathsOf, preview } from '../../src/testing/json-mutations'
import { MAX_BODY_BYTES } from '../api/app'
import type { Rng } from '../seed/random'
import { type FuzzEndpoint, schemaFields } from './endpoints'

// The requests the fuzzer sends to one endpoint: its valid request, then that request with one
// thing wrong — the caller, a path id, a query parameter, a body field, an extra field, or the
// body as a whole. Every value comes from the seeded `Rng`, so a run is repeatable exactly.

export interface FuzzCase {
  /** `PUT /api/v2/projects/:projectId · body name ← null`: what was sent, for the failure message. */
  label: string
  method: string
  /** Path and query as sent: raw URL text, already percent-encoded (or deliberately not). */
  url: string
  headers: Record<string, string>
  body?: string
  /** The statuses this case must answer with; absent: any status the endpoint documents. */
  expect?: readonly number[]
  /** How a refusal must look: the API's error envelope, OAuth's error JSON (RFC 6749 §5.2), or a page. */
  answers: 'envelope' | 'oauth' | 'html'
}

export interface Callers {
  owner: string
  manager: string
  /** A Regular User: the API refuses the role (403) wherever a workspace is read. */
  member: string
}

/** Mutants drawn per body field, and odd values per query parameter. */
const PER_FIELD = 4
const PER_PARAM = 3
const EXTRA_FIELDS = 3

const ACCEPTED = [200, 201, 202]
/** A well-formed request with one wrong value: refused for that value, for the caller's role, or for the state it meets. */
const REFUSED_FIELD = [403, 404, 409, 422]
const FIELD_STATUSES = [...ACCEPTED, ...REFUSED_FIELD]

const DATE_FIELD = /(^|_)(date|start|end|from|to)(_|$)/
/** Sent to every `page` and `per_page`, besides the values drawn for every parameter. */
const PAGE_VALUES = ['-1', '0', '100000', '1e309', '1.5', 'NaN', '']

export type QueryPairs = [key: string, rawValue: string][]

/** `encodeURIComponent`, except that a lone surrogate (which it refuses) is sent as broken UTF-8. */
export function encodeLoosely(text: string): string {
  return [...text].map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('')
}

export function url(route: string, params: Record<string, string>, query: QueryPairs): string {
  const path = route.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '')
  return query.length ? `${path}?${query.map(([k, v]) => `${encodeLoosely(k)}=${v}`).join('&')}` : path
}

interface Change {
  params?: Record<string, string>
  query?: QueryPairs
  body?: string
  headers?: Record<string, string>
  /** Another caller's token, or null for none. */
  token?: string | null
  expect?: readonly number[]
}

/** The endpoint's valid request as `owner` sends it, with `change` made to it. */
function variant(endpoint: FuzzEndpoint, owner: string, what: string, change: Change): FuzzCase {
  const { method, route } = endpoint
  const writes = method !== 'GET'
  const token = change.token === undefined ? owner : change.token
  return {
    label: `${method} ${route} · ${what}`,
    method,
    url: url(route, change.params ?? validParams(endpoint), change.query ?? validQuery(endpoint)),
    headers: {
      accept: 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(writes ? { 'content-type': 'application/json' } : {}),
      ...change.headers,
    },
    body: writes ? (change.body ?? JSON.stringify(endpoint.body ?? {})) : undefined,
    expect: change.expect,
    answers: 'envelope',
  }
}

const validParams = (endpoint: FuzzEndpoint) => Object.fromEntries(Object.entries(endpoint.params ?? {}).map(([k, v]) => [k, encodeURIComponent(v)]))
const validQuery = (endpoint: FuzzEndpoint): QueryPairs => Object.entries(endpoint.query ?? {}).map(([k, v]) => [k, encodeURIComponent(v)])

/** The request the endpoint accepts (on the seed, after its set-up). */
export const validRequest = (endpoint: FuzzEndpoint, owner: string) => variant(endpoint, owner, 'the valid request', { expect: ACCEPTED })

/** The request that makes the state the valid request needs, when it needs one. */
export function setUpRequest(endpoint: FuzzEndpoint, owner: string): FuzzCase | undefined {
  const setUp = endpoint.setUp
  if (!setUp) return undefined
  const headers = { authorization: `Bearer ${owner}`, 'content-type': 'application/json' }
  return {
    label: `set-up of ${endpoint.method} ${endpoint.route}`,
    method: setUp.method,
    url: setUp.url,
    headers,
    body: JSON.stringify(setUp.body),
    expect: ACCEPTED,
    answers: 'envelope',
  }
}

export function apiCases(endpoint: FuzzEndpoint, rng: Rng, callers: Callers): FuzzCase[] {
  const params = validParams(endpoint)
  const baseQuery = validQuery(endpoint)
  const writes = endpoint.method !== 'GET'
  const body = endpoint.body ?? {}
  const cases: FuzzCase[] = [validRequest(endpoint, callers.owner)]
  const add = (what: string, change: Change) => cases.push(variant(endpoint, callers.owner, what, change))

  add('as an Executive manager without rate permission', { token: callers.manager, expect: [...ACCEPTED, ...REFUSED_FIELD] })

  // The caller: nobody, a stranger, another scheme, a huge token, a role the API refuses.
  add('no Authorization', { token: null, expect: [401] })
  add('an unknown token', { token: 'not-a-token', expect: [401] })
  add('Basic credentials', { token: null, headers: { authorization: 'Basic b3duZXJAZGVtby50ZXN0OmRlbW8=' }, expect: [401] })
  add('a 5,000-character token', { token: 'x'.repeat(5_000), expect: [401] })
  add('a Regular User', { token: callers.member, expect: endpoint.scoped ? [403] : [200] })

  // Path ids: zero, negative, huge, words, NUL, odd Unicode, broken percent-encoding. An odd
  // spelling of a number (`00001`, `0x1F`) names that number and may meet the route's own 409.
  for (const name of Object.keys(params)) {
    for (const id of badPathIds) add(`path ${name} = ${preview(id)}`, { params: { ...params, [name]: id }, expect: [400, 404, 409, 422] })
  }

  // Query parameters: each one missing, odd, repeated, as an array; dates bad; pages out of range.
  const queryKeys = new Set([...baseQuery.map(([k]) => k), ...(endpoint.querySchemas ?? []).flatMap(schemaFields)])
  for (const key of queryKeys) {
    const others = baseQuery.filter(([k]) => k !== key)
    const valid = baseQuery.find(([k]) => k === key)?.[1] ?? '1'
    const values = [
      ...rng.sample(badQueryValues, PER_PARAM),
      encodeLoosely(rng.pick(hostileStrings)),
      ...(key === 'page' || key === 'per_page' ? PAGE_VALUES : []),
      ...(DATE_FIELD.test(key) ? badDates.map(encodeLoosely) : []),
    ]
    if (others.length < baseQuery.length) add(`query ${key} missing`, { query: others, expect: FIELD_STATUSES })
    for (const value of values) add(`query ${key}=${preview(value)}`, { query: [...others, [key, value]], expect: FIELD_STATUSES })
    add(`query ${key} repeated`, { query: [...others, [key, valid], [key, rng.pick(badQueryValues)]], expect: FIELD_STATUSES })
    add(`query ${key}[] as an array`, { query: [...others, [`${key}[]`, valid], [`${key}[]`, rng.pick(badQueryValues)]], expect: FIELD_STATUSES })
  }
  if (endpoint.scoped) {
    const others = baseQuery.filter(([k]) => k !== 'workspace_id')
    add('a workspace the caller is not in', {
      query: [...others, ['workspace_id', '999999']],
      body: JSON.stringify({ ...body, workspace_id: 999_999 }),
      expect: [404],
    })
  }

  if (!writes) return cases

  // Body fields: every value of the valid body, and every field the contract knows but the body leaves out.
  const fieldPaths = [...pathsOf(body), ...(endpoint.bodySchema ? schemaFields(endpoint.bodySchema) : []).filter((f) => !(f in body)).map((f) => [f])]
  for (const path of fieldPaths) {
    const mutants = mutantsAt(body, path, rng, PER_FIELD)
    const key = String(path[path.length - 1])
    if (DATE_FIELD.test(key))
      mutants.push(...badDates.map((date) => ({ label: `${path.join('.')} ← bad date ${preview(date)}`, value: { ...body, [key]: date } })))
    for (const mutant of mutants) add(`body ${mutant.label}`, { body: JSON.stringify(mutant.value), expect: FIELD_STATUSES })
  }
  for (const mutant of extraFieldMutants(body, rng, EXTRA_FIELDS)) add(`body ${mutant.label}`, { body: JSON.stringify(mutant.value), expect: FIELD_STATUSES })

  // The body as a whole: not JSON, not an object, encoded oddly, or too large.
  const readable = [...FIELD_STATUSES, 400]
  const wholeBodies: [string, string, readonly number[]][] = [
    ['not JSON', '{"workspace_id": ', [400]],
    ['a JSON array', '[]', [400]],
    ['a JSON string', '"text"', [400]],
    ['JSON null', 'null', [400]],
    ['a JSON number', '42', [400]],
    ['empty', '', readable],
    ['with a byte-order mark', `\uFEFF${JSON.stringify(body)}`, readable],
    ['with a key given twice', JSON.stringify(body).replace(/^\{/, '{"workspace_id":"abc",'), readable],
    ['nested 20,000 deep', '['.repeat(20_000) + ']'.repeat(20_000), [400]],
    ['form-encoded', new URLSearchParams({ workspace_id: '1' }).toString(), [400]],
    ['over 1 MB', JSON.stringify({ ...body, notes: 'x'.repeat(MAX_BODY_BYTES) }), [413]],
  ]
  for (const [what, text, expect] of wholeBodies) add(`body ${what}`, { body: text, expect })
  add('a text/plain body', { headers: { 'content-type': 'text/plain' }, expect: readable })
  return cases
}
