import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiApp } from '../api/app'
import { defaultConfig } from '../config'
import type { SandboxContext } from '../context'
import { api } from '../testing/fixture'
import { startDialectSandbox, type DialectSandbox } from '../testing/dialect'
import { documentedOperation } from './docs-dialect'
import { documentedOperations, sandboxExtensions } from './documented-operations'

/** `/members/:memberId` and `/members/{memberId}` both become `/members/:`. */
const shape = (route: string) => route.replace(/:[A-Za-z_]+|\{[^}]+\}/g, ':')
const documented = new Set(documentedOperations.map((o) => shape(`${o.method} ${o.path}`)))
const extensions = new Set(sandboxExtensions.map(shape))

/** What the rich sandbox serves under /api/v2, read from the Hono app (a stub context suffices). */
function servedRoutes(): Set<string> {
  const ctx = { config: defaultConfig(), store: {}, clock: {}, webhooks: {}, limiter: {}, origin: () => '' } as unknown as SandboxContext
  return new Set(
    apiApp(ctx)
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => shape(`${r.method} ${r.path}`)),
  )
}

describe('the documented operations', () => {
  it('are served by the sandbox, and everything else it serves is a listed extension', () => {
    const served = servedRoutes()
    expect(
      [...documented].filter((route) => !served.has(route)),
      'documented but not served',
    ).toEqual([])
    expect(
      [...served].filter((route) => !documented.has(route) && !extensions.has(route)),
      'served, neither documented nor a known extension',
    ).toEqual([])
    expect(
      [...extensions].filter((route) => !served.has(route)),
      'listed extensions the sandbox no longer serves',
    ).toEqual([])
  })

  const catalogue = fileURLToPath(new URL('../../../shared/webwork-api/endpoints.md', import.meta.url))
  it.skipIf(!existsSync(catalogue))("are exactly endpoints.md's `### METHOD /path` headings", () => {
    const headings = [...readFileSync(catalogue, 'utf8').matchAll(/^### `(GET|POST|PUT|DELETE) (\/[^`\s]*)`/gm)].map((m) => shape(`${m[1]} ${m[2]}`))
    expect([...documented].sort()).toEqual([...new Set(headings)].sort())
  })

  it('are matched by method and path, ignoring a trailing slash and treating HEAD as GET', () => {
    expect(documentedOperation('GET', '/members/12')?.path).toBe('/members/:id')
    expect(documentedOperation('GET', '/members/')?.path).toBe('/members')
    expect(documentedOperation('HEAD', '/workspaces')?.path).toBe('/workspaces')
    expect(documentedOperation('GET', '/expenses/categories')?.path).toBe('/expenses/categories')
    expect(documentedOperation('PUT', '/timesheets/abc123xyz/unsubmit')?.path).toBe('/timesheets/:id/unsubmit')
    expect(documentedOperation('DELETE', '/webhooks/abc')).toBeUndefined()
    expect(documentedOperation('GET', '/members/12/extra')).toBeUndefined()
    expect(documentedOperation('PATCH', '/members/12')).toBeUndefined()
  })
})

describe('paths the docs lack', () => {
  let docs: DialectSandbox
  let rich: DialectSandbox
  beforeAll(async () => {
    ;[docs, rich] = await Promise.all([startDialectSandbox('docs'), startDialectSandbox('rich')])
  })
  afterAll(() => Promise.all([docs.sandbox.close(), rich.sandbox.close()]))

  /** A call to each extension, with real ids where the rich dialect needs them. */
  async function extensionCalls(s: DialectSandbox) {
    const [toApprove, toReject] = s.sandbox.store.data.leaveRequests.filter((r) => r.workspaceId === s.acme && r.status === 'pending')
    // In the docs dialect the webhook routes 404 before any id is looked at.
    const hook =
      s === rich
        ? await s.owner('/webhooks', { method: 'POST', body: { workspace_id: s.acme, url: 'http://127.0.0.1:9/hook', events: ['tracker.started'] } })
        : undefined
    const webhookId: string = hook?.body.data.id ?? 'any-id'
    const body = { workspace_id: s.acme }
    return [
      ['GET', `/leaves/policies?workspace_id=${s.acme}`, undefined],
      ['POST', `/leaves/${toApprove!.id}/approve`, body],
      ['POST', `/leaves/${toReject!.id}/reject`, { ...body, reason: 'Busy week' }],
      ['GET', `/webhooks/${webhookId}/deliveries?workspace_id=${s.acme}`, undefined],
      ['POST', `/webhooks/${webhookId}/test`, body],
      ['DELETE', `/webhooks/${webhookId}`, body],
      ['GET', `/reports/activity-descriptions?workspace_id=${s.acme}&start_date=2026-11-16&end_date=2026-11-22`, undefined],
    ] as const
  }

  it('answer 404 in the docs dialect, in the error envelope with Laravel’s message, token or not', async () => {
    for (const [method, path, body] of await extensionCalls(docs)) {
      const bare = path.split('?')[0]!
      for (const token of [undefined, 'owner'] as const) {
        const response = token ? await docs.owner(path, { method, body }) : await api(docs.sandbox.origin, path, { method, body })
        expect(response.status, `${method} ${path}`).toBe(404)
        expect(response.body).toEqual({
          success: false,
          message: `The route api/v2${bare} could not be found.`,
          error: 'Not Found',
          meta: { api_version: '2.0.0', timestamp: expect.any(String) },
        })
      }
    }
    expect((await docs.owner('/nothing-here')).body.message).toBe('The route api/v2/nothing-here could not be found.')
  })

  it('work in the rich dialect', async () => {
    for (const [method, path, body] of await extensionCalls(rich)) {
      const response = await rich.owner(path, { method, body })
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300)
    }
    expect((await rich.owner('/nothing-here')).body.message).toBe('Endpoint not found.')
  })

  it('change nothing in the docs dialect: the 404 comes before any route runs', async () => {
    const leave = docs.sandbox.store.data.leaveRequests.find((r) => r.workspaceId === docs.acme && r.status === 'pending')!
    await docs.owner(`/leaves/${leave.id}/approve`, { method: 'POST', body: { workspace_id: docs.acme } })
    expect(leave.status).toBe('pending')
    const hook = await docs.owner('/webhooks', {
      method: 'POST',
      body: { workspace_id: docs.acme, url: 'http://127.0.0.1:9/hook', events: ['tracker.started'] },
    })
    expect((await docs.owner(`/webhooks/${hook.body.data.id}`, { method: 'DELETE', body: { workspace_id: docs.acme } })).status).toBe(404)
    expect((await docs.owner(`/webhooks/${hook.body.data.id}?workspace_id=${docs.acme}`)).status).toBe(200)
  })
})

describe('documented paths in the docs dialect', () => {
  let docs: DialectSandbox
  beforeAll(async () => {
    docs = await startDialectSandbox('docs')
  })
  afterAll(() => docs.sandbox.close())

  it('keep the rich error answers (validation, unknown ids, auth) and the rate-limit headers', async () => {
    const missing = await docs.owner('/members')
    expect(missing.status).toBe(422)
    expect(missing.body).toMatchObject({ success: false, message: 'Validation failed', errors: { workspace_id: ['The workspace id field is required.'] } })
    expect((await docs.owner(`/members/123456789?workspace_id=${docs.acme}`)).body.message).toBe('Member not found.')
    expect((await api(docs.sandbox.origin, '/workspaces')).status).toBe(401)
    const ok = await docs.owner('/workspaces')
    expect(ok.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/)
    expect(ok.headers.get('content-type')).toMatch(/^application\/json/)
  })
})
