import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectEnvelope,
  expectItemKeys,
  expectKeys,
  ITEM,
  ITEM_WITH_MESSAGE,
  LIST,
  MESSAGE_ONLY,
  startDialectSandbox,
  type DialectSandbox,
} from '../testing/dialect'
import { SEED_DATE } from '../testing/fixture'

const REQUEST = [
  'id',
  'user_id',
  'contract_id',
  'project_id',
  'task_id',
  'start',
  'end',
  'status',
  'notes',
  'comment',
  'updated_by',
  'created_at',
  'updated_at',
]
const WINDOW = 'date_from=2026-09-01&date_to=2026-12-31'

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

const decide = (id: string, action: 'approve' | 'reject', extra: Record<string, unknown> = {}) =>
  docs.owner(`/time-requests/${id}/${action}`, { method: 'POST', body: { workspace_id: docs.acme, ...extra } })

describe('time requests (docs dialect)', () => {
  it('lists the documented fields with neither message nor pagination', async () => {
    const response = await docs.owner(`/time-requests?workspace_id=${docs.acme}&${WINDOW}&per_page=5`)
    expectEnvelope(response, LIST)
    expectItemKeys(response.body.data, REQUEST)
    expect(response.body.data.length).toBeLessThanOrEqual(5)
  })

  it('creates and reads the request, and approve/reject answer {success, message} while deciding it', async () => {
    const member = (await docs.owner(`/members?workspace_id=${docs.acme}&email=member@demo.test`)).body.data[0]
    const created = await docs.owner('/time-requests', {
      method: 'POST',
      body: { workspace_id: docs.acme, user_id: member.id, start: `${SEED_DATE}T02:00:00Z`, end: `${SEED_DATE}T03:00:00Z`, notes: 'Docs' },
    })
    expect(created.status).toBe(201)
    expectEnvelope(created, ITEM_WITH_MESSAGE)
    expectKeys(created.body.data, REQUEST)
    const read = await docs.owner(`/time-requests/${created.body.data.id}?workspace_id=${docs.acme}`)
    expectEnvelope(read, ITEM)
    expectKeys(read.body.data, REQUEST)

    expectEnvelope(await decide(created.body.data.id, 'approve'), MESSAGE_ONLY)
    expect((await docs.owner(`/time-requests/${created.body.data.id}?workspace_id=${docs.acme}`)).body.data.status).toBe('approved')
    const pending = (await docs.owner(`/time-requests?workspace_id=${docs.acme}&${WINDOW}&status=pending`)).body.data[0]
    expectEnvelope(await decide(pending.id, 'reject', { comment: 'Not this project' }), MESSAGE_ONLY)
  })
})
