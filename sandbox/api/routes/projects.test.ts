import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { projectDeletedEnvelopeSchema, projectEnvelopeSchema, projectListSchema } from '../../../src/contract/projects'
import { startDemoWorkspaces, type DemoWorkspaces } from '../../testing/demo-workspaces'

let demo: DemoWorkspaces
beforeAll(async () => {
  demo = await startDemoWorkspaces()
})
afterAll(() => demo.sandbox.close())

// seeds/004's create example, verbatim.
const marketing = {
  name: 'Marketing Campaign Q1',
  start_date: '2024-01-15',
  deadline: '2024-03-31',
  estimation: 120,
  budget: 5000,
  notes: 'Focus on social media channels',
  icon: 'project-icon-1',
}

const create = (body: unknown, token?: string) => demo.call(`/projects?workspace_id=${demo.acme}`, { method: 'POST', body, ...(token ? { token } : {}) })

describe('GET /projects', () => {
  it('lists the workspace’s projects, paged, with tags and active contract counts', async () => {
    const response = await demo.call(`/projects?workspace_id=${demo.acme}&per_page=5`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ message: 'Projects retrieved successfully' })
    const body = projectListSchema.parse(response.body)
    expect(body.data).toHaveLength(5)
    expect(body.pagination).toMatchObject({ per_page: 5, current_page: 1, from: 1, to: 5 })
    const all = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body).data
    expect(all.some((p) => p.contracts_count! > 0)).toBe(true)
    expect(all.some((p) => p.status === 0 && p.deleted_at !== undefined)).toBe(true)
    expect(all.flatMap((p) => p.tags).every((t) => Number.isInteger(t.id) && t.name)).toBe(true)
  })

  it('searches by name, case-insensitively and by part', async () => {
    const all = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body).data
    const word = all[0]!.name.split(' ')[0]!.toUpperCase()
    const found = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100&name=${encodeURIComponent(word)}`)).body).data
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((p) => p.name.toUpperCase().includes(word))).toBe(true)
    expect(found.length).toBeLessThan(all.length)
  })

  it('hides rates from a manager who may not see them', async () => {
    const managerView = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`, { token: demo.managerToken })).body)
    // The sandbox sends `rate: null`: read as unknown.
    expect(managerView.data.every((p) => p.rate === undefined)).toBe(true)
    const ownerView = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body)
    expect(ownerView.data.some((p) => typeof p.rate === 'number' && p.rate > 0)).toBe(true)
  })

  it('refuses a Regular User (403) and paging out of range (422)', async () => {
    expect((await demo.call(`/projects?workspace_id=${demo.acme}`, { token: demo.memberToken })).status).toBe(403)
    const response = await demo.call(`/projects?workspace_id=${demo.acme}&per_page=500`)
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!)).toEqual(['per_page'])
  })
})

describe('POST /projects', () => {
  it('creates seeds/004’s example and answers it with the documented defaults', async () => {
    const response = await create(marketing)
    expect(response.status).toBe(201)
    const body = projectEnvelopeSchema.parse(response.body)
    expect(body.message).toBe('Project created successfully')
    expect(body.data).toMatchObject({
      name: 'Marketing Campaign Q1',
      start_date: '2024-01-15',
      deadline: '2024-03-31',
      estimation: 120,
      budget_estimation: 5000,
      notes: 'Focus on social media channels',
      icon: 'project-icon-1',
      is_billable: true,
      rate: 0,
      weekly_hours_limit: 168,
      screenshots: 'blur',
      tags: [],
      contracts_count: 0,
      status: 1,
      deleted_at: undefined,
    })
    expect(Object.keys(body.data).sort()).toEqual(
      [
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
        'updated_at',
        'deleted_at',
      ].sort(),
    )
    const fetched = projectEnvelopeSchema.parse((await demo.call(`/projects/${body.data.id}?workspace_id=${demo.acme}`)).body)
    expect(fetched.message).toBe('Project retrieved successfully')
    expect(fetched.data).toEqual(body.data)
  })

  it('accepts workspace_id in the body and lets a manager create', async () => {
    const response = await demo.call('/projects', { method: 'POST', token: demo.managerToken, body: { workspace_id: demo.acme, name: 'Body scoped' } })
    expect(response.status).toBe(201)
    expect(response.body.data).toMatchObject({ name: 'Body scoped', start_date: null, rate: null })
    expect(projectEnvelopeSchema.parse(response.body).data).toMatchObject({ name: 'Body scoped', start_date: undefined, rate: undefined })
  })

  it.each([
    [{}, 'name', 'The name field is required.'],
    [{ name: '   ' }, 'name', 'The name field is required.'],
    [{ name: 'x'.repeat(256) }, 'name', 'The name may not be greater than 255 characters.'],
    [{ name: 'Dates', start_date: '2024-02-30' }, 'start_date', 'The start date is not a valid date.'],
    [{ name: 'Dates', start_date: '2024-03-01', deadline: '2024-02-01' }, 'deadline', 'The deadline must be a date after or equal to start date.'],
    [{ name: 'Money', budget: -1 }, 'budget', 'The budget must be at least 0.'],
    [{ name: 'Hours', estimation: 'many' }, 'estimation', 'The estimation must be a number.'],
  ])('answers 422 for %j on %s', async (body, field, message) => {
    const response = await create(body)
    expect(response.status).toBe(422)
    expect(errorEnvelopeSchema.parse(response.body).errors).toEqual({ [field]: [message] })
  })

  it('refuses a Regular User', async () => {
    expect((await create(marketing, demo.memberToken)).status).toBe(403)
  })
})

describe('PUT and DELETE /projects/{id}', () => {
  it('updates with seeds/004’s example, compares a lone deadline with the stored start, and archives', async () => {
    const id = projectEnvelopeSchema.parse((await create(marketing)).body).data.id
    const update = {
      name: 'Marketing Campaign Q1 Updated',
      start_date: '2024-01-15',
      deadline: '2024-04-30',
      estimation: 150,
      budget: 6000,
      notes: 'Updated focus areas',
      icon: 'project-icon-2',
    }
    const response = await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'PUT', body: update })
    expect(response.status).toBe(200)
    const body = projectEnvelopeSchema.parse(response.body)
    expect(body.message).toBe('Project updated successfully')
    expect(body.data).toMatchObject({ name: update.name, deadline: '2024-04-30', estimation: 150, budget_estimation: 6000, icon: 'project-icon-2' })

    const early = await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'PUT', body: { deadline: '2023-12-31' } })
    expect(early.status).toBe(422)
    expect(errorEnvelopeSchema.parse(early.body).errors).toHaveProperty('deadline')
    const cleared = await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'PUT', body: { notes: null } })
    expect(cleared.body.data.notes).toBeNull()

    const archived = await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'DELETE' })
    expect(archived.status).toBe(200)
    expect(projectDeletedEnvelopeSchema.parse(archived.body)).toMatchObject({ data: null, message: 'Project deleted successfully' })
    const after = projectEnvelopeSchema.parse((await demo.call(`/projects/${id}?workspace_id=${demo.acme}`)).body).data
    expect(after.status).toBe(0)
    expect(after.deleted_at).toBeDefined()
  })

  it('answers 409 on an archived project', async () => {
    const id = projectEnvelopeSchema.parse((await create({ name: 'Short lived' })).body).data.id
    await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'DELETE' })
    expect((await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'DELETE' })).status).toBe(409)
    expect((await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'PUT', body: { name: 'Again' } })).status).toBe(409)
  })

  it('pauses the archived project’s contracts', async () => {
    const all = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body).data
    const staffed = all.find((p) => p.status === 1 && p.contracts_count! > 0)!
    await demo.call(`/projects/${staffed.id}?workspace_id=${demo.acme}`, { method: 'DELETE' })
    const contracts = (await demo.call(`/contracts?workspace_id=${demo.acme}&project_id=${staffed.id}&per_page=100`)).body.data as { status: string }[]
    expect(contracts.length).toBeGreaterThan(0)
    expect(contracts.every((k) => k.status === 'paused')).toBe(true)
  })

  it('answers 404 for another workspace’s project and for unknown ids', async () => {
    const northwindProject = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.northwind}`)).body).data[0]!
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await demo.call(`/projects/${northwindProject.id}?workspace_id=${demo.acme}`, {
        method,
        ...(method === 'PUT' ? { body: { name: 'Stolen' } } : {}),
      })
      expect(response.status).toBe(404)
      expect(errorEnvelopeSchema.parse(response.body).message).toBe('Project not found.')
    }
    expect((await demo.call(`/projects/999999?workspace_id=${demo.acme}`)).status).toBe(404)
  })
})
