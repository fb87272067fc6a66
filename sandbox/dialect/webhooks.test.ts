import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectEnvelope,
  expectItemKeys,
  expectKeys,
  ITEM,
  LIST,
  MESSAGE_ONLY,
  META_WITH_PAGINATION,
  startDialectSandbox,
  type DialectSandbox,
} from '../testing/dialect'

const WEBHOOK = ['id', 'url', 'events', 'token']

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

describe('webhooks (docs dialect)', () => {
  it('registers, lists, reads and updates with {id, url, events, token} and no created_at', async () => {
    const created = await docs.owner('/webhooks', {
      method: 'POST',
      body: { workspace_id: docs.acme, url: 'http://127.0.0.1:9/hook', events: ['tracker.started'] },
    })
    expectEnvelope(created, ITEM)
    expectKeys(created.body.data, WEBHOOK)
    const id = created.body.data.id
    const listed = await docs.owner(`/webhooks?workspace_id=${docs.acme}`)
    expectEnvelope(listed, LIST, META_WITH_PAGINATION)
    expectItemKeys(listed.body.data, WEBHOOK)
    const read = await docs.owner(`/webhooks/${id}?workspace_id=${docs.acme}`)
    expectEnvelope(read, ITEM)
    expectKeys(read.body.data, WEBHOOK)
    const updated = await docs.owner(`/webhooks/${id}`, { method: 'PUT', body: { workspace_id: docs.acme, url: 'http://127.0.0.1:9/other' } })
    expectEnvelope(updated, MESSAGE_ONLY)
    expect((await docs.owner(`/webhooks/${id}?workspace_id=${docs.acme}`)).body.data.url).toBe('http://127.0.0.1:9/other')
  })
})
