import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractListSchema } from '../../../src/contract/contracts'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { projectListSchema, type Project } from '../../../src/contract/projects'
import { taskActionEnvelopeSchema, taskAssigneesEnvelopeSchema, taskEnvelopeSchema, taskListSchema } from '../../../src/contract/tasks'
import { startDemoWorkspaces, type DemoWorkspaces } from '../../testing/demo-workspaces'

let demo: DemoWorkspaces
let project: Project
/** Two people with a contract on `project`, and one without. */
let staff: number[]
let outsider: number
beforeAll(async () => {
  demo = await startDemoWorkspaces()
  const projects = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}&per_page=100`)).body).data
  const contracts = contractListSchema.parse((await demo.call(`/contracts?workspace_id=${demo.acme}&per_page=100`)).body).data
  const staffOf = (p: Project) => [...new Set(contracts.filter((k) => k.project_id === p.id).map((k) => k.user_id))]
  project = projects.find((p) => p.status === 1 && staffOf(p).length >= 2)!
  staff = staffOf(project)
  outsider = contracts.find((k) => !staff.includes(k.user_id))!.user_id
})
afterAll(() => demo.sandbox.close())

const q = (extra = '') => `workspace_id=${demo.acme}&project_id=${project.id}${extra}`
const body = (extra: Record<string, unknown> = {}) => ({ workspace_id: demo.acme, project_id: project.id, ...extra })
const createTask = async (extra: Record<string, unknown> = {}) => {
  const response = await demo.call('/tasks', { method: 'POST', body: body({ title: 'Write the brief', ...extra }) })
  expect(response.status).toBe(201)
  return taskEnvelopeSchema.parse(response.body).data
}

describe('GET /tasks', () => {
  it('lists one project’s tasks, filtered by status and priority codes', async () => {
    const response = await demo.call(`/tasks?${q('&per_page=100')}`)
    expect(response.body).toMatchObject({ message: 'Tasks retrieved successfully' })
    const all = taskListSchema.parse(response.body)
    expect(all.data.length).toBeGreaterThan(0)
    expect(all.data.every((t) => t.project_id === project.id)).toBe(true)
    const done = taskListSchema.parse((await demo.call(`/tasks?${q('&status=30&per_page=100')}`)).body).data
    expect(done.every((t) => t.status === 30 && t.completed_at !== undefined)).toBe(true)
    const high = taskListSchema.parse((await demo.call(`/tasks?${q('&priority=20&per_page=100')}`)).body).data
    expect(high.every((t) => t.priority === 20)).toBe(true)
    expect(done.length + high.length).toBeLessThan(all.data.length * 2)
  })

  it('requires project_id (422) and refuses bad codes, other workspaces’ projects and Regular Users', async () => {
    const missing = await demo.call(`/tasks?workspace_id=${demo.acme}`)
    expect(missing.status).toBe(422)
    expect(errorEnvelopeSchema.parse(missing.body).errors).toEqual({ project_id: ['The project id field is required.'] })
    const badStatus = await demo.call(`/tasks?${q('&status=5')}`)
    expect(errorEnvelopeSchema.parse(badStatus.body).errors).toEqual({ status: ['The selected status is invalid.'] })
    const northwindProject = projectListSchema.parse((await demo.call(`/projects?workspace_id=${demo.northwind}`)).body).data[0]!
    const elsewhere = await demo.call(`/tasks?workspace_id=${demo.acme}&project_id=${northwindProject.id}`)
    expect(elsewhere.status).toBe(422)
    expect(errorEnvelopeSchema.parse(elsewhere.body).errors).toHaveProperty('project_id')
    expect((await demo.call(`/tasks?${q()}`, { token: demo.memberToken })).status).toBe(403)
  })
})

describe('task lifecycle', () => {
  it('creates with defaults and assignees, reads, updates, completes and deletes', async () => {
    const task = await createTask({ description: 'Two pages', assignees: [staff[0]] })
    expect(task).toMatchObject({ title: 'Write the brief', status: 0, priority: 30, has_details: true, completed_at: undefined, project_id: project.id })
    expect(task.assignees?.map((a) => a.id)).toEqual([staff[0]])
    expect(taskEnvelopeSchema.parse((await demo.call(`/tasks/${task.id}?${q()}`)).body).data).toEqual(task)

    const put = await demo.call(`/tasks/${task.id}`, { method: 'PUT', body: body({ status: 30, priority: 10, end_date: '2026-12-01' }) })
    expect(put.status).toBe(200)
    const updated = taskEnvelopeSchema.parse(put.body)
    expect(updated.message).toBe('Task updated successfully')
    expect(updated.data).toMatchObject({ status: 30, priority: 10, end_date: '2026-12-01' })
    expect(updated.data.completed_at).toBeDefined()
    const reopened = taskEnvelopeSchema.parse((await demo.call(`/tasks/${task.id}`, { method: 'PUT', body: body({ status: 20 }) })).body).data
    expect(reopened).toMatchObject({ status: 20, completed_at: undefined })

    const removed = await demo.call(`/tasks/${task.id}`, { method: 'DELETE', body: body() })
    expect(taskActionEnvelopeSchema.parse(removed.body)).toMatchObject({ data: null, message: 'Task deleted successfully' })
    expect((await demo.call(`/tasks/${task.id}?${q()}`)).status).toBe(404)
  })

  it.each([
    [{ title: '' }, 'title'],
    [{ title: 'x', priority: 25 }, 'priority'],
    [{ title: 'x', start_date: '2026-05-02', end_date: '2026-05-01' }, 'end_date'],
    [{ title: 'x', parent_id: 999999 }, 'parent_id'],
  ])('answers 422 for %j', async (extra, field) => {
    const response = await demo.call('/tasks', { method: 'POST', body: body(extra) })
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!)).toEqual([field])
  })

  it('refuses an assignee without a contract on the project (422 on the array item)', async () => {
    const response = await demo.call('/tasks', { method: 'POST', body: body({ title: 'x', assignees: [staff[0], outsider] }) })
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!)).toEqual(['assignees.1'])
  })

  it('compares a lone end date with the stored start date on update', async () => {
    const task = await createTask({ start_date: '2026-06-10' })
    const response = await demo.call(`/tasks/${task.id}`, { method: 'PUT', body: body({ end_date: '2026-06-01' }) })
    expect(response.status).toBe(422)
    expect(errorEnvelopeSchema.parse(response.body).errors).toHaveProperty('end_date')
  })

  it('keeps tasks with tracked time (409) and hides other projects’ tasks (404)', async () => {
    const tracked = demo.sandbox.store.data.timeSpans.find((s) => s.workspaceId === demo.acme && s.taskId !== null)!
    const trackedProject = `workspace_id=${demo.acme}&project_id=${tracked.projectId}`
    expect((await demo.call(`/tasks/${tracked.taskId}?${trackedProject}`, { method: 'DELETE' })).status).toBe(409)
    const northwind = demo.sandbox.store.data.tasks.find((t) => t.workspaceId === demo.northwind)!
    expect((await demo.call(`/tasks/${northwind.id}?${q()}`)).status).toBe(404)
    expect((await demo.call(`/tasks/${northwind.id}?workspace_id=${demo.acme}&project_id=${northwind.projectId}`)).status).toBe(422)
  })
})

describe('assignees', () => {
  it('assigns and unassigns people who have a contract on the task’s project', async () => {
    const task = await createTask()
    const assign = await demo.call(`/tasks/${task.id}/assign/${staff[1]}`, { method: 'POST', body: body() })
    expect(assign.status).toBe(200)
    expect(taskActionEnvelopeSchema.parse(assign.body).message).toBe('User assigned to task successfully')
    const assignees = taskAssigneesEnvelopeSchema.parse((await demo.call(`/tasks/${task.id}/assignees?${q()}`)).body).data
    expect(assignees.map((a) => a.id)).toEqual([staff[1]])
    expect(assignees[0]!.email).toContain('@')

    expect((await demo.call(`/tasks/${task.id}/assign/${staff[1]}`, { method: 'POST', body: body() })).status).toBe(409)
    const unassign = await demo.call(`/tasks/${task.id}/unassign/${staff[1]}`, { method: 'DELETE', body: body() })
    expect(taskActionEnvelopeSchema.parse(unassign.body).message).toBe('User unassigned from task successfully')
    expect(taskAssigneesEnvelopeSchema.parse((await demo.call(`/tasks/${task.id}/assignees?${q()}`)).body).data).toEqual([])
    expect((await demo.call(`/tasks/${task.id}/unassign/${staff[1]}`, { method: 'DELETE', body: body() })).status).toBe(409)
  })

  it('answers 422 for someone without a contract there, and 403 to a Regular User', async () => {
    const task = await createTask()
    const response = await demo.call(`/tasks/${task.id}/assign/${outsider}`, { method: 'POST', body: body() })
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!)).toEqual(['user_id'])
    expect((await demo.call(`/tasks/${task.id}/assign/${staff[0]}`, { method: 'POST', body: body(), token: demo.memberToken })).status).toBe(403)
  })
})
