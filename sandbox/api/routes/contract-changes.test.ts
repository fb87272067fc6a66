import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractDeletedEnvelopeSchema, contractEnvelopeSchema, contractListSchema } from '../../../src/contract/contracts'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { memberListSchema } from '../../../src/contract/members'
import { projectEnvelopeSchema, projectListSchema, type Project } from '../../../src/contract/projects'
import { startDemoWorkspaces, type DemoWorkspaces } from '../../testing/demo-workspaces'

// POST, PUT and DELETE /contracts (GET is covered by contracts.test.ts).

let demo: DemoWorkspaces
let regulars: number[]
let billable: Project
beforeAll(async () => {
  demo = await startDemoWorkspaces()
  const members = memberListSchema.parse((await demo.call(`/members?workspace_id=${demo.acme}&role=Regular User&status=active&per_page=100`)).body).data
  regulars = members.map((m) => m.id)
  billable = projectEnvelopeSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}`, { method: 'POST', body: { name: 'Contract lab' } })).body).data
})
afterAll(() => demo.sandbox.close())

const path = (suffix = '') => `/contracts${suffix}?workspace_id=${demo.acme}`
const create = (body: Record<string, unknown>, token?: string) => demo.call(path(), { method: 'POST', body, ...(token ? { token } : {}) })
let nextRegular = 0
const freshMember = () => regulars[nextRegular++]!

describe('POST /contracts', () => {
  it('creates a contract with a rate, weekly limit and screenshot mode (201)', async () => {
    const userId = freshMember()
    const response = await create({ project_id: billable.id, user_id: userId, weekly_hours_limit: 20, screenshots: 'video_blurred', rate: 55 })
    expect(response.status).toBe(201)
    const body = contractEnvelopeSchema.parse(response.body)
    expect(body.message).toBe('Contract created successfully')
    expect(body.data).toMatchObject({
      project_id: billable.id,
      project_name: 'Contract lab',
      user_id: userId,
      weekly_hours_limit: 20,
      screenshots: 'video_blurred',
      screenshots_label: 'Blurred video',
      rate: 55,
      rate_type: 1,
      status: 'active',
    })
    const fetched = contractEnvelopeSchema.parse((await demo.call(path(`/${body.data.id}`))).body).data
    expect(fetched).toEqual(body.data)
    const project = projectEnvelopeSchema.parse((await demo.call(`/projects/${billable.id}?workspace_id=${demo.acme}`)).body).data
    expect(project.contracts_count).toBeGreaterThanOrEqual(1)
  })

  it('defaults to 168 hours and the project’s screenshot mode', async () => {
    const body = contractEnvelopeSchema.parse((await create({ project_id: billable.id, user_id: freshMember() })).body)
    expect(body.data).toMatchObject({ weekly_hours_limit: 168, screenshots: 'blurred', status: 'active' })
  })

  it('ignores a rate from a caller who may not see rates, and shows them none', async () => {
    const userId = freshMember()
    const response = await create({ project_id: billable.id, user_id: userId, rate: 999 }, demo.managerToken)
    expect(response.status).toBe(201)
    const managerView = contractEnvelopeSchema.parse(response.body).data
    expect(managerView.rate).toBeUndefined()
    const ownerView = contractEnvelopeSchema.parse((await demo.call(path(`/${managerView.id}`))).body).data
    const member = memberListSchema
      .parse((await demo.call(`/members?workspace_id=${demo.acme}&role=Regular User&status=active&per_page=100`)).body)
      .data.find((m) => m.id === userId)!
    expect(ownerView.rate).toBe(member.rate)
  })

  it.each([
    ['nothing', {}, ['project_id', 'user_id']],
    ['an unknown screenshot mode', { screenshots: 'sometimes' }, ['screenshots']],
    ['more hours than a week has', { weekly_hours_limit: 169 }, ['weekly_hours_limit']],
    ['a negative rate', { rate: -5 }, ['rate']],
  ])('answers 422 for %s', async (_case, extra, fields) => {
    const base = Object.keys(extra).length ? { project_id: billable.id, user_id: regulars.at(-1) } : {}
    const response = await create({ ...base, ...extra })
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!).sort()).toEqual(fields)
  })

  it('answers 422 naming the field for a second contract, another workspace’s project, an archived project and a viewer', async () => {
    const userId = freshMember()
    await create({ project_id: billable.id, user_id: userId })
    const expectField = async (body: Record<string, unknown>, field: string) => {
      const response = await create(body)
      expect(response.status).toBe(422)
      expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!)).toEqual([field])
    }
    await expectField({ project_id: billable.id, user_id: userId }, 'user_id')
    const northwindProject = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.northwind}`)).body).data[0]!
    await expectField({ project_id: northwindProject.id, user_id: freshMember() }, 'project_id')
    const archived = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body).data.find((p) => p.status === 0)!
    await expectField({ project_id: archived.id, user_id: freshMember() }, 'project_id')
    const viewer = memberListSchema.parse((await demo.call(`/members?workspace_id=${demo.acme}&role=Project viewer`)).body).data[0]!
    await expectField({ project_id: billable.id, user_id: viewer.id }, 'user_id')
  })

  it('refuses a Regular User (403)', async () => {
    expect((await create({ project_id: billable.id, user_id: freshMember() }, demo.memberToken)).status).toBe(403)
  })
})

describe('PUT /contracts/{id}', () => {
  it('changes the limit, mode and rate, pauses and resumes', async () => {
    const k = contractEnvelopeSchema.parse((await create({ project_id: billable.id, user_id: freshMember(), rate: 40 })).body).data
    const put = (body: Record<string, unknown>, token?: string) => demo.call(path(`/${k.id}`), { method: 'PUT', body, ...(token ? { token } : {}) })
    const updated = contractEnvelopeSchema.parse((await put({ weekly_hours_limit: 10, screenshots: 'no_screenshot', rate: 48.5, status: 'paused' })).body)
    expect(updated.message).toBe('Contract updated successfully')
    expect(updated.data).toMatchObject({
      weekly_hours_limit: 10,
      screenshots: 'no_screenshot',
      screenshots_label: 'No screenshots',
      rate: 48.5,
      status: 'paused',
    })
    expect((await put({ rate: 1 }, demo.managerToken)).status).toBe(200)
    expect(contractEnvelopeSchema.parse((await put({ status: 'active' })).body).data).toMatchObject({ rate: 48.5, status: 'active' })
    const invalid = await put({ status: 'stopped' })
    expect(invalid.status).toBe(422)
    expect(errorEnvelopeSchema.parse(invalid.body).errors).toHaveProperty('status')
    expect((await put({ status: 'paused' }, demo.memberToken)).status).toBe(403)
  })

  it('answers 409 when resuming an archived member’s contract', async () => {
    const userId = freshMember()
    const k = contractEnvelopeSchema.parse((await create({ project_id: billable.id, user_id: userId })).body).data
    expect((await demo.call(`/members/${userId}?workspace_id=${demo.acme}`, { method: 'DELETE' })).status).toBe(200)
    const response = await demo.call(path(`/${k.id}`), { method: 'PUT', body: { status: 'active' } })
    expect(response.status).toBe(409)
    expect(errorEnvelopeSchema.parse(response.body).error).toBe('Conflict')
  })
})

describe('DELETE /contracts/{id}', () => {
  it('deletes a contract without tracked time', async () => {
    const k = contractEnvelopeSchema.parse((await create({ project_id: billable.id, user_id: freshMember() })).body).data
    const response = await demo.call(path(`/${k.id}`), { method: 'DELETE' })
    expect(response.status).toBe(200)
    expect(contractDeletedEnvelopeSchema.parse(response.body)).toMatchObject({ data: null, message: 'Contract deleted successfully' })
    expect((await demo.call(path(`/${k.id}`))).status).toBe(404)
  })

  it('answers 409 for a contract with tracked time, 403 to a Regular User and 404 across workspaces', async () => {
    const tracked = demo.sandbox.store.data.timeSpans.find((s) => s.workspaceId === demo.acme && s.contractId !== null)!.contractId!
    expect((await demo.call(path(`/${tracked}`), { method: 'DELETE' })).status).toBe(409)
    expect((await demo.call(path(`/${tracked}`), { method: 'DELETE', token: demo.memberToken })).status).toBe(403)
    const northwind = contractListSchema.parse((await demo.call(`/contracts?workspace_id=${demo.northwind}`)).body).data[0]!
    expect((await demo.call(path(`/${northwind.id}`), { method: 'DELETE' })).status).toBe(404)
    expect((await demo.call(path(`/${northwind.id}`), { method: 'PUT', body: { weekly_hours_limit: 1 } })).status).toBe(404)
  })
})
