import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { memberListSchema } from '../../../src/contract/members'
import { projectListSchema, type Project } from '../../../src/contract/projects'
import { projectViewerActionEnvelopeSchema, projectViewerEnvelopeSchema, projectViewerListSchema } from '../../../src/contract/project-viewers'
import { startDemoWorkspaces, type DemoWorkspaces } from '../../testing/demo-workspaces'

let demo: DemoWorkspaces
let active: Project[]
beforeAll(async () => {
  demo = await startDemoWorkspaces()
  active = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body).data.filter((p) => p.status === 1)
})
afterAll(() => demo.sandbox.close())

const path = (suffix = '') => `/project-viewers${suffix}?workspace_id=${demo.acme}`
let invites = 0
const invite = async (projectIds: number[] = []) => {
  const response = await demo.call('/project-viewers', {
    method: 'POST',
    body: { workspace_id: demo.acme, email: `client${++invites}@viewer.test`, firstname: 'Cleo', lastname: `Client ${invites}`, project_ids: projectIds },
  })
  expect(response.status).toBe(201)
  return projectViewerEnvelopeSchema.parse(response.body)
}

describe('GET /project-viewers', () => {
  it('lists viewers with their projects, and filters by email', async () => {
    const response = await demo.call(path())
    expect(response.body).toMatchObject({ message: 'Project viewers retrieved successfully' })
    const list = projectViewerListSchema.parse(response.body)
    expect(list.data.length).toBeGreaterThan(0)
    expect(list.data.some((v) => v.projects?.[0]?.project_name)).toBe(true)
    const first = list.data[0]!
    const one = projectViewerListSchema.parse((await demo.call(`${path()}&email=${encodeURIComponent(first.email.toUpperCase())}`)).body)
    expect(one.data.map((v) => v.id)).toEqual([first.id])
    const viewersAsMembers = memberListSchema.parse((await demo.call(`/members?workspace_id=${demo.acme}&role=Project viewer&per_page=100`)).body).data
    expect(viewersAsMembers.map((m) => m.id).sort()).toEqual(list.data.map((v) => v.id).sort())
  })

  it('refuses a Regular User (403) and a bad email filter (422)', async () => {
    expect((await demo.call(path(), { token: demo.memberToken })).status).toBe(403)
    expect(errorEnvelopeSchema.parse((await demo.call(`${path()}&email=nope`)).body).errors).toHaveProperty('email')
  })
})

describe('POST /project-viewers', () => {
  it('invites a viewer onto projects (201) who then reads back and appears as a member', async () => {
    const created = await invite([active[0]!.id, active[1]!.id])
    expect(created.message).toBe('Project viewer created successfully')
    expect(created.data).toMatchObject({ firstname: 'Cleo', status: 'inactive' })
    expect(created.data.projects?.map((p) => p.project_id).sort()).toEqual([active[0]!.id, active[1]!.id].sort())
    const fetched = projectViewerEnvelopeSchema.parse((await demo.call(path(`/${created.data.id}`))).body)
    expect(fetched.message).toBe('Project viewer retrieved successfully')
    expect(fetched.data).toEqual(created.data)
    const asMember = memberListSchema.parse((await demo.call(`/members?workspace_id=${demo.acme}&email=${created.data.email}`)).body).data
    expect(asMember[0]).toMatchObject({ id: created.data.id, current_role: 'Project viewer' })
  })

  it.each([
    ['no fields', {}, ['email', 'firstname', 'lastname']],
    ['a bad email', { email: 'x', firstname: 'A', lastname: 'B' }, ['email']],
    ['a taken email', { email: 'member@demo.test', firstname: 'A', lastname: 'B' }, ['email']],
    ['a project id that is no id', { email: 'new@viewer.test', firstname: 'A', lastname: 'B', project_ids: [-1] }, ['project_ids.0']],
  ])('answers 422 for %s', async (_case, body, fields) => {
    const response = await demo.call('/project-viewers', { method: 'POST', body: { workspace_id: demo.acme, ...body } })
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!).sort()).toEqual(fields)
  })

  it('answers 422 on the item for a project of another workspace, and 403 to a Regular User', async () => {
    const northwindProject = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.northwind}`)).body).data[0]!
    const body = { workspace_id: demo.acme, email: 'other@viewer.test', firstname: 'A', lastname: 'B', project_ids: [active[0]!.id, northwindProject.id] }
    const response = await demo.call('/project-viewers', { method: 'POST', body })
    expect(errorEnvelopeSchema.parse(response.body).errors).toEqual({ 'project_ids.1': ['The selected project id is invalid.'] })
    expect((await demo.call('/project-viewers', { method: 'POST', body, token: demo.memberToken })).status).toBe(403)
  })
})

describe('archive, restore and project access', () => {
  it('archives and restores a viewer, with 409 when the state does not allow it', async () => {
    const { data: viewer } = await invite()
    const archived = await demo.call(path(`/${viewer.id}`), { method: 'DELETE' })
    expect(projectViewerActionEnvelopeSchema.parse(archived.body)).toMatchObject({ data: null, message: 'Project viewer archived successfully' })
    expect(projectViewerEnvelopeSchema.parse((await demo.call(path(`/${viewer.id}`))).body).data.status).toBe('left')
    expect((await demo.call(path(`/${viewer.id}`), { method: 'DELETE' })).status).toBe(409)
    const assignWhileArchived = await demo.call(`/project-viewers/${viewer.id}/assign-project`, {
      method: 'POST',
      body: { workspace_id: demo.acme, project_id: active[0]!.id },
    })
    expect(assignWhileArchived.status).toBe(409)

    const restored = await demo.call(`/project-viewers/${viewer.id}/restore`, { method: 'POST', body: { workspace_id: demo.acme } })
    expect(restored.status).toBe(200)
    expect(projectViewerEnvelopeSchema.parse(restored.body)).toMatchObject({ message: 'Project viewer restored successfully', data: { status: 'inactive' } })
    expect((await demo.call(`/project-viewers/${viewer.id}/restore`, { method: 'POST', body: { workspace_id: demo.acme } })).status).toBe(409)
  })

  it('assigns and unassigns a project, with 409 for a repeat and 422 for a project from elsewhere', async () => {
    const { data: viewer } = await invite()
    const assign = (projectId: number) =>
      demo.call(`/project-viewers/${viewer.id}/assign-project`, { method: 'POST', body: { workspace_id: demo.acme, project_id: projectId } })
    const assigned = await assign(active[2]!.id)
    expect(projectViewerActionEnvelopeSchema.parse(assigned.body)).toMatchObject({ data: null, message: 'Project assigned to viewer successfully' })
    expect(projectViewerEnvelopeSchema.parse((await demo.call(path(`/${viewer.id}`))).body).data.projects).toEqual([
      { project_id: active[2]!.id, project_name: active[2]!.name },
    ])
    expect((await assign(active[2]!.id)).status).toBe(409)
    expect((await assign(999999)).status).toBe(422)

    const unassign = await demo.call(`/project-viewers/${viewer.id}/unassign-project`, {
      method: 'DELETE',
      body: { workspace_id: demo.acme, project_id: active[2]!.id },
    })
    expect(projectViewerActionEnvelopeSchema.parse(unassign.body).message).toBe('Project unassigned from viewer successfully')
    expect(projectViewerEnvelopeSchema.parse((await demo.call(path(`/${viewer.id}`))).body).data.projects).toEqual([])
    // Without a body, as some clients send DELETE: the query carries the project.
    expect((await demo.call(`${path(`/${viewer.id}/unassign-project`)}&project_id=${active[2]!.id}`, { method: 'DELETE' })).status).toBe(409)
    const noProject = await demo.call(path(`/${viewer.id}/unassign-project`), { method: 'DELETE' })
    expect(errorEnvelopeSchema.parse(noProject.body).errors).toEqual({ project_id: ['The project id field is required.'] })
  })

  it('answers 404 for another workspace’s viewer and for a member who is not a viewer', async () => {
    const northwindViewer = await demo.call('/project-viewers', {
      method: 'POST',
      body: { workspace_id: demo.northwind, email: 'nw@viewer.test', firstname: 'N', lastname: 'W' },
    })
    const id = projectViewerEnvelopeSchema.parse(northwindViewer.body).data.id
    expect((await demo.call(`/project-viewers/${id}?workspace_id=${demo.northwind}`)).status).toBe(200)
    expect((await demo.call(path(`/${id}`))).status).toBe(404)
    expect((await demo.call(`/project-viewers/${id}/restore`, { method: 'POST', body: { workspace_id: demo.acme } })).status).toBe(404)
    const regular = memberListSchema.parse((await demo.call(`/members?workspace_id=${demo.acme}&role=Regular User`)).body).data[0]!
    expect((await demo.call(path(`/${regular.id}`))).status).toBe(404)
    expect((await demo.call(path(`/${regular.id}`), { method: 'DELETE' })).status).toBe(404)
  })
})
