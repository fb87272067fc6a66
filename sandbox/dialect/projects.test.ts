import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEnvelope, expectItemKeys, expectKeys, LIST, startDialectSandbox, type DialectSandbox } from '../testing/dialect'

const LIST_FIELDS = [
  'id',
  'name',
  'owner_id',
  'start_date',
  'deadline',
  'estimation',
  'budget_estimation',
  'notes',
  'icon',
  'is_billable',
  'rate',
  'weekly_hours_limit',
  'screenshots',
  'tags',
  'contracts_count',
  'status',
  'created_at',
]
const ITEM_FIELDS = [...LIST_FIELDS, 'updated_at', 'deleted_at']
/** seeds/004 writes the message before the data. */
const SINGLE = ['success', 'message', 'data', 'meta']

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

describe('projects (docs dialect, seeds/004)', () => {
  it('lists without message or pagination, still one page of per_page at a time', async () => {
    const first = await docs.owner(`/projects?workspace_id=${docs.acme}&per_page=2`)
    expectEnvelope(first, LIST)
    expectItemKeys(first.body.data, LIST_FIELDS)
    const tagged = first.body.data.find((p: { tags: unknown[] }) => p.tags.length > 0)
    expectItemKeys(tagged.tags, ['id', 'name', 'color'])
    const second = await docs.owner(`/projects?workspace_id=${docs.acme}&per_page=2&page=2`)
    expect(second.body.data).toHaveLength(2)
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id)
  })

  it('creates, reads, updates and archives with the seed’s answers', async () => {
    const created = await docs.owner(`/projects?workspace_id=${docs.acme}`, { method: 'POST', body: { name: 'Docs Dialect', estimation: 12 } })
    expect(created.status).toBe(201)
    expect(Object.keys(created.body)).toEqual(SINGLE)
    expectKeys(created.body.data, ITEM_FIELDS)
    const id = created.body.data.id
    const read = await docs.owner(`/projects/${id}?workspace_id=${docs.acme}`)
    expect(Object.keys(read.body)).toEqual(SINGLE)
    expect(read.body.message).toBe('Project retrieved successfully')
    expectKeys(read.body.data, ITEM_FIELDS)
    const updated = await docs.owner(`/projects/${id}?workspace_id=${docs.acme}`, { method: 'PUT', body: { name: 'Docs Dialect 2' } })
    expect(Object.keys(updated.body)).toEqual(SINGLE)
    expect(updated.body.data.name).toBe('Docs Dialect 2')
    const deleted = await docs.owner(`/projects/${id}?workspace_id=${docs.acme}`, { method: 'DELETE' })
    expect(deleted.body).toEqual({ success: true, message: 'Project deleted successfully', data: null, meta: expect.any(Object) })
    expectKeys(deleted.body.meta, ['api_version', 'timestamp'])
    expect((await docs.owner(`/projects/${id}?workspace_id=${docs.acme}`)).body.data.status).toBe(0)
  })
})
