import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectEnvelope,
  expectItemKeys,
  expectKeys,
  ITEM,
  ITEM_WITH_MESSAGE,
  MESSAGE_ONLY,
  META,
  startDialectSandbox,
  type DialectSandbox,
} from '../testing/dialect'

const CONTRACT = [
  'id',
  'project_id',
  'project_name',
  'project_icon',
  'user_id',
  'user_firstname',
  'user_lastname',
  'user_email',
  'user_role',
  'weekly_hours_limit',
]

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

/** An active member (not a viewer) without a contract on an active billable project. */
function freePair(): { userId: number; projectId: number } {
  const { data } = docs.sandbox.store
  for (const p of data.projects.filter((x) => x.workspaceId === docs.acme && x.status === 1 && x.isBillable)) {
    const m = data.memberships.find(
      (x) =>
        x.workspaceId === docs.acme &&
        x.status === 'active' &&
        x.role !== 'Project viewer' &&
        !data.contracts.some((k) => k.projectId === p.id && k.userId === x.userId),
    )
    if (m) return { userId: m.userId, projectId: p.id }
  }
  throw new Error('The seed has no free member/project pair')
}

describe('contracts (docs dialect)', () => {
  it('lists with variant B’s top-level pagination (no from/to) and the unconfirmed fields dropped', async () => {
    const response = await docs.owner(`/contracts?workspace_id=${docs.acme}&per_page=100`)
    expectEnvelope(response, ['success', 'data', 'message', 'pagination', 'meta'], META)
    expect(response.body.message).toBe('Contracts retrieved successfully')
    expectKeys(response.body.pagination, ['current_page', 'per_page', 'total', 'last_page'])
    expectItemKeys(response.body.data, [...CONTRACT, 'rate'], ['rate'])
    expect(response.body.data.some((k: object) => 'rate' in k)).toBe(true)
  })

  it('creates, reads, updates and deletes with the documented answers', async () => {
    const { userId, projectId } = freePair()
    const created = await docs.owner(`/contracts?workspace_id=${docs.acme}`, { method: 'POST', body: { project_id: projectId, user_id: userId, rate: 50 } })
    expect(created.status).toBe(201)
    expectEnvelope(created, ITEM_WITH_MESSAGE)
    expectKeys(created.body.data, [...CONTRACT, 'rate'])
    const id = created.body.data.id
    expectEnvelope(await docs.owner(`/contracts/${id}?workspace_id=${docs.acme}`), ITEM)
    const updated = await docs.owner(`/contracts/${id}?workspace_id=${docs.acme}`, { method: 'PUT', body: { weekly_hours_limit: 20, status: 'paused' } })
    expectEnvelope(updated, ITEM)
    expect(updated.body.data.weekly_hours_limit).toBe(20)
    // Status is not shown, but the state machine still paused it.
    expect(docs.sandbox.store.data.contracts.find((k) => k.id === id)!.status).toBe('inactive')
    expectEnvelope(await docs.owner(`/contracts/${id}?workspace_id=${docs.acme}`, { method: 'DELETE' }), MESSAGE_ONLY)
  })
})
