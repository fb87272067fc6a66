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

const TASK = [
  'id',
  'title',
  'description',
  'project_id',
  'owner_id',
  'creator_id',
  'status',
  'priority',
  'start_date',
  'end_date',
  'completed_at',
  'assignees',
  'has_details',
]
const ASSIGNEE = ['id', 'firstname', 'lastname', 'email']

let docs: DialectSandbox
let projectId: number
let assignableUser: number
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
  const { data } = docs.sandbox.store
  // A project whose tasks have assignees, and a member with a contract there.
  const assigned = data.tasks.find((t) => t.workspaceId === docs.acme && t.assigneeIds.length > 0)!
  projectId = assigned.projectId
  assignableUser = data.contracts.find((k) => k.projectId === projectId)!.userId
})
afterAll(() => docs.sandbox.close())

const body = (extra: Record<string, unknown> = {}) => ({ workspace_id: docs.acme, project_id: projectId, ...extra })

describe('tasks (docs dialect)', () => {
  it('lists the documented fields with meta.pagination, without parent_id or timestamps', async () => {
    const response = await docs.owner(`/tasks?workspace_id=${docs.acme}&project_id=${projectId}&per_page=100`)
    expectEnvelope(response, LIST, META_WITH_PAGINATION)
    expectItemKeys(response.body.data, TASK)
    expectItemKeys(response.body.data.find((t: { assignees: unknown[] }) => t.assignees.length > 0).assignees, ASSIGNEE)
  })

  it('creates, reads, updates, assigns, lists assignees, unassigns and deletes with the documented answers', async () => {
    const created = await docs.owner('/tasks', { method: 'POST', body: body({ title: 'Docs dialect task' }) })
    expect(created.status).toBe(201)
    expectEnvelope(created, ITEM)
    expectKeys(created.body.data, TASK)
    const id = created.body.data.id
    const query = `workspace_id=${docs.acme}&project_id=${projectId}`
    expectEnvelope(await docs.owner(`/tasks/${id}?${query}`), ITEM)
    const updated = await docs.owner(`/tasks/${id}`, { method: 'PUT', body: body({ status: 10 }) })
    expectEnvelope(updated, ITEM)
    expect(updated.body.data.status).toBe(10)

    expectEnvelope(await docs.owner(`/tasks/${id}/assign/${assignableUser}`, { method: 'POST', body: body() }), MESSAGE_ONLY)
    const assignees = await docs.owner(`/tasks/${id}/assignees?${query}`)
    expectEnvelope(assignees, LIST)
    expectItemKeys(assignees.body.data, ['id', 'email', 'firstname', 'lastname'])
    expectEnvelope(await docs.owner(`/tasks/${id}/unassign/${assignableUser}`, { method: 'DELETE', body: body() }), MESSAGE_ONLY)
    expectEnvelope(await docs.owner(`/tasks/${id}`, { method: 'DELETE', body: body() }), MESSAGE_ONLY)
    expect((await docs.owner(`/tasks/${id}?${query}`)).status).toBe(404)
  })
})
