import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEnvelope, expectItemKeys, expectKeys, ITEM_WITH_MESSAGE, LIST, MESSAGE_ONLY, startDialectSandbox, type DialectSandbox } from '../testing/dialect'

const VIEWER = ['id', 'email', 'firstname', 'lastname', 'status', 'member_since', 'projects']

let docs: DialectSandbox
let projectId: number
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
  projectId = docs.sandbox.store.data.projects.find((p) => p.workspaceId === docs.acme && p.status === 1)!.id
})
afterAll(() => docs.sandbox.close())

describe('project viewers (docs dialect)', () => {
  it('lists the documented fields with no message and no pagination', async () => {
    const response = await docs.owner(`/project-viewers?workspace_id=${docs.acme}`)
    expectEnvelope(response, LIST)
    expectItemKeys(response.body.data, VIEWER)
    const withProjects = response.body.data.find((v: { projects: unknown[] }) => v.projects.length > 0)
    expectItemKeys(withProjects.projects, ['project_id', 'project_name'])
  })

  it('creates, reads, assigns, unassigns, archives and restores with the documented answers', async () => {
    const created = await docs.owner('/project-viewers', {
      method: 'POST',
      body: { workspace_id: docs.acme, email: 'docs.viewer@client.test', firstname: 'Dora', lastname: 'Docs' },
    })
    expect(created.status).toBe(201)
    expectEnvelope(created, ITEM_WITH_MESSAGE)
    expectKeys(created.body.data, VIEWER)
    const id = created.body.data.id
    const read = await docs.owner(`/project-viewers/${id}?workspace_id=${docs.acme}`)
    expectEnvelope(read, ITEM_WITH_MESSAGE)
    expectKeys(read.body.data, VIEWER)

    const assigned = await docs.owner(`/project-viewers/${id}/assign-project`, { method: 'POST', body: { workspace_id: docs.acme, project_id: projectId } })
    expectEnvelope(assigned, ['success', 'data', 'message', 'meta'])
    expect(assigned.body.data).toBeNull()
    const unassign = { workspace_id: docs.acme, project_id: projectId }
    expectEnvelope(await docs.owner(`/project-viewers/${id}/unassign-project`, { method: 'DELETE', body: unassign }), MESSAGE_ONLY)
    expectEnvelope(await docs.owner(`/project-viewers/${id}?workspace_id=${docs.acme}`, { method: 'DELETE' }), MESSAGE_ONLY)
    expect((await docs.owner(`/project-viewers/${id}?workspace_id=${docs.acme}`)).body.data.status).toBe('left')
    expectEnvelope(await docs.owner(`/project-viewers/${id}/restore`, { method: 'POST', body: { workspace_id: docs.acme } }), MESSAGE_ONLY)
  })
})
