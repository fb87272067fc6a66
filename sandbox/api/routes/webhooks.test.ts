import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { webhookDeletedEnvelopeSchema, webhookEnvelopeSchema, webhookListSchema } from '../../../src/contract/webhooks'
import { startDemoWorkspaces, type DemoWorkspaces } from '../../testing/demo-workspaces'

// Registration endpoints; deliveries are tested in webhook-deliveries.test.ts.

let demo: DemoWorkspaces
beforeAll(async () => {
  demo = await startDemoWorkspaces()
})
afterAll(() => demo.sandbox.close())

const register = (body: Record<string, unknown>, token?: string) =>
  demo.call('/webhooks', { method: 'POST', body: { workspace_id: demo.acme, ...body }, ...(token ? { token } : {}) })
const path = (id = '') => `/webhooks${id && `/${id}`}?workspace_id=${demo.acme}`

describe('webhook registration', () => {
  it('registers a webhook (200, variant A) and shows its whsec_ token on create, list and get', async () => {
    const response = await register({ url: 'https://example.test/hooks', events: ['project.created', 'tracker.started', 'project.created'] })
    expect(response.status).toBe(200)
    const created = webhookEnvelopeSchema.parse(response.body)
    expect(created.message).toBe('Webhook created successfully')
    expect(created.data).toMatchObject({ url: 'https://example.test/hooks', events: ['project.created', 'tracker.started'] })
    expect(created.data.token).toMatch(/^whsec_[0-9a-f]{32}$/)
    const list = webhookListSchema.parse((await demo.call(path())).body)
    expect(list.data.find((w) => w.id === created.data.id)).toEqual(created.data)
    expect(list.data.some((w) => w.events.includes('tracker.stopped'))).toBe(true)
    const one = webhookEnvelopeSchema.parse((await demo.call(path(created.data.id))).body)
    expect(one).toMatchObject({ message: 'Webhook retrieved successfully', data: created.data })
  })

  it('updates the url and events, keeps the token, and deletes (assumed)', async () => {
    const created = webhookEnvelopeSchema.parse((await register({ url: 'https://example.test/a', events: ['member.invited'] })).body).data
    const put = await demo.call(path(created.id), { method: 'PUT', body: { url: 'https://example.test/b', events: ['member.updated', 'member.archived'] } })
    expect(put.status).toBe(200)
    expect(webhookEnvelopeSchema.parse(put.body).data).toEqual({ ...created, url: 'https://example.test/b', events: ['member.updated', 'member.archived'] })
    const urlOnly = webhookEnvelopeSchema.parse((await demo.call(path(created.id), { method: 'PUT', body: { url: 'https://example.test/c' } })).body).data
    expect(urlOnly.events).toEqual(['member.updated', 'member.archived'])

    const removed = await demo.call(path(created.id), { method: 'DELETE' })
    expect(webhookDeletedEnvelopeSchema.parse(removed.body)).toMatchObject({ data: null, message: 'Webhook deleted successfully' })
    expect((await demo.call(path(created.id))).status).toBe(404)
  })

  it.each([
    ['no fields', {}, ['events', 'url']],
    ['a url that is not http(s)', { url: 'ftp://example.test', events: ['project.created'] }, ['url']],
    ['an unknown event', { url: 'https://example.test', events: ['task.updated'] }, ['events.0']],
    ['no events', { url: 'https://example.test', events: [] }, ['events']],
  ])('answers 422 for %s', async (_case, body, fields) => {
    const response = await register(body)
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!).sort()).toEqual(fields)
  })

  it('requires the url on update (variant A)', async () => {
    const created = webhookEnvelopeSchema.parse((await register({ url: 'https://example.test/u', events: ['project.updated'] })).body).data
    const response = await demo.call(path(created.id), { method: 'PUT', body: { events: ['project.deleted'] } })
    expect(errorEnvelopeSchema.parse(response.body).errors).toEqual({ url: ['The url field is required.'] })
  })

  it('refuses a Regular User (403) and hides another workspace’s webhooks (404)', async () => {
    expect((await register({ url: 'https://example.test', events: ['project.created'] }, demo.memberToken)).status).toBe(403)
    expect((await demo.call(path(), { token: demo.memberToken })).status).toBe(403)
    const northwind = await demo.call('/webhooks', {
      method: 'POST',
      body: { workspace_id: demo.northwind, url: 'https://example.test/nw', events: ['project.created'] },
    })
    const id = webhookEnvelopeSchema.parse(northwind.body).data.id
    expect(webhookListSchema.parse((await demo.call(path())).body).data.some((w) => w.id === id)).toBe(false)
    for (const [method, suffix] of [
      ['GET', ''],
      ['PUT', ''],
      ['DELETE', ''],
      ['POST', '/test'],
      ['GET', '/deliveries'],
    ] as const) {
      const response = await demo.call(`/webhooks/${id}${suffix}?workspace_id=${demo.acme}`, {
        method,
        ...(method === 'PUT' ? { body: { url: 'https://x.test' } } : {}),
      })
      expect(response.status, `${method} ${suffix}`).toBe(404)
    }
  })
})
