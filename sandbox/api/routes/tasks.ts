import type { Context } from 'hono'
import { Hono } from 'hono'
import { idParamSchema } from '../../../src/contract/common'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import { createTaskInputSchema, taskFiltersSchema, taskProjectQuerySchema, updateTaskInputSchema } from '../../../src/contract/tasks'
import type { ApiEnv, SandboxContext } from '../../context'
import type { ProjectRecord, TaskRecord } from '../../store/types'
import { paginate, success } from '../envelope'
import { conflict, fieldError, notFound } from '../errors'
import { projectField } from '../lookups'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'
import { presentAssignee, presentTask, storedTaskPriority, storedTaskStatus } from './task-view'

export function taskRoutes(ctx: SandboxContext) {
  const { store } = ctx

  /**
   * Every task call names its project (documented as required). Like `workspace_id`, it is read
   * from the query first, then the body: DELETE bodies do not survive every client.
   */
  function projectScope(c: Context<ApiEnv>): { scope: WorkspaceScope; project: ProjectRecord } {
    const scope = workspaceScope(ctx, c)
    const raw = c.req.query('project_id') ?? c.var.body.project_id
    const { project_id } = parseInput(taskProjectQuerySchema, { project_id: raw ?? undefined })
    return { scope, project: projectField(store, scope, project_id) }
  }

  function find(project: ProjectRecord, rawId: string): TaskRecord {
    const id = parseInput(idParamSchema, rawId)
    const task = store.data.tasks.find((t) => t.id === id && t.projectId === project.id)
    if (!task) throw notFound('Task')
    return task
  }

  const hasContract = (project: ProjectRecord, userId: number) => store.data.contracts.some((k) => k.projectId === project.id && k.userId === userId)

  /** A parent must be another task of the project, and not one of the task's own subtasks. */
  function checkParent(project: ProjectRecord, parentId: number, taskId?: number) {
    let parent = store.data.tasks.find((t) => t.id === parentId && t.projectId === project.id)
    if (!parent) throw fieldError('parent_id', 'The selected parent id is invalid.')
    for (let seen = 0; parent && seen < 1_000; seen++) {
      if (parent.id === taskId) throw fieldError('parent_id', 'A task cannot be nested under itself or its subtasks.')
      parent = parent.parentId === null ? undefined : store.data.tasks.find((t) => t.id === parent!.parentId)
    }
  }

  /** Dates after an update: a date given alone is compared with the stored other one. */
  function checkDates(start: string | null, end: string | null) {
    if (start && end && end < start) throw fieldError('end_date', 'The end date must be a date after or equal to start date.')
  }

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema().extend(taskFiltersSchema.shape), c.req.query())
      const project = projectField(store, scope, query.project_id)
      const rows = store.data.tasks
        .filter((t) => t.projectId === project.id)
        .map((t) => presentTask(store, t))
        .filter((t) => (query.status === undefined || t.status === query.status) && (query.priority === undefined || t.priority === query.priority))
        .sort((a, b) => Number(a.id) - Number(b.id))
      const page = paginate(rows, query)
      return success(c, page.data, { message: 'Tasks retrieved successfully', pagination: page.pagination })
    })
    .post('/', (c) => {
      const { scope, project } = projectScope(c)
      const input = parseInput(createTaskInputSchema, { ...c.var.body, project_id: project.id })
      if (project.status !== 1) throw fieldError('project_id', 'The selected project is archived.')
      if (input.parent_id) checkParent(project, input.parent_id)
      const assignees = [...new Set(input.assignees ?? [])]
      assignees.forEach((userId, i) => {
        if (!hasContract(project, userId)) throw fieldError(`assignees.${i}`, 'The assignee has no contract on this project.')
      })
      const now = new Date().toISOString()
      const status = storedTaskStatus(input.status ?? 0)
      const task: TaskRecord = {
        id: store.nextId(),
        workspaceId: scope.workspace.id,
        projectId: project.id,
        parentId: input.parent_id ?? null,
        title: input.title,
        description: input.description ?? null,
        ownerId: scope.workspace.ownerId,
        creatorId: c.var.caller.user.id,
        status,
        priority: storedTaskPriority(input.priority ?? 30),
        startDate: input.start_date ?? null,
        endDate: input.end_date ?? null,
        completedAt: status === 'completed' ? now : null,
        assigneeIds: assignees.sort((a, b) => a - b),
        createdAt: now,
        updatedAt: now,
      }
      store.data.tasks.push(task)
      store.changed()
      return success(c, presentTask(store, task), { message: 'Task created successfully', status: 201 })
    })
    .get('/:taskId', (c) => {
      const { project } = projectScope(c)
      return success(c, presentTask(store, find(project, c.req.param('taskId'))), { message: 'Task retrieved successfully' })
    })
    .put('/:taskId', (c) => {
      const { project } = projectScope(c)
      const task = find(project, c.req.param('taskId'))
      const input = parseInput(updateTaskInputSchema, { ...c.var.body, project_id: project.id })
      if (input.parent_id) checkParent(project, input.parent_id, task.id)
      const startDate = input.start_date === undefined ? task.startDate : input.start_date
      const endDate = input.end_date === undefined ? task.endDate : input.end_date
      checkDates(startDate, endDate)
      const now = new Date().toISOString()
      if (input.title !== undefined) task.title = input.title
      if (input.description !== undefined) task.description = input.description
      if (input.priority !== undefined) task.priority = storedTaskPriority(input.priority)
      if (input.parent_id !== undefined) task.parentId = input.parent_id
      if (input.status !== undefined) {
        const status = storedTaskStatus(input.status)
        if (status === 'completed' && task.status !== 'completed') task.completedAt = now
        if (status !== 'completed') task.completedAt = null
        task.status = status
      }
      task.startDate = startDate
      task.endDate = endDate
      task.updatedAt = now
      store.changed()
      return success(c, presentTask(store, task), { message: 'Task updated successfully' })
    })
    .delete('/:taskId', (c) => {
      const { project } = projectScope(c)
      const task = find(project, c.req.param('taskId'))
      // Assumed: tracked time keeps pointing at its task (reports name it), so such a task stays.
      if (store.data.timeSpans.some((span) => span.taskId === task.id)) {
        throw conflict('This task has tracked time and cannot be deleted.')
      }
      store.data.tasks.splice(store.data.tasks.indexOf(task), 1)
      // Assumed: its subtasks move up to the top level rather than vanish with it.
      for (const t of store.data.tasks) if (t.parentId === task.id) t.parentId = null
      store.changed()
      return success(c, null, { message: 'Task deleted successfully' })
    })
    .get('/:taskId/assignees', (c) => {
      const { project } = projectScope(c)
      const task = find(project, c.req.param('taskId'))
      return success(
        c,
        task.assigneeIds.map((id) => presentAssignee(store, id)),
        { message: 'Task assignees retrieved successfully' },
      )
    })
    .post('/:taskId/assign/:userId', (c) => {
      const { scope, project } = projectScope(c)
      const task = find(project, c.req.param('taskId'))
      const userId = parseInput(idParamSchema, c.req.param('userId'))
      if (!store.data.memberships.some((m) => m.workspaceId === scope.workspace.id && m.userId === userId)) throw notFound('Member')
      if (!hasContract(project, userId)) throw fieldError('user_id', "The user has no contract on this task's project.")
      if (task.assigneeIds.includes(userId)) throw conflict('The user is already assigned to this task.')
      task.assigneeIds = [...task.assigneeIds, userId].sort((a, b) => a - b)
      task.updatedAt = new Date().toISOString()
      store.changed()
      return success(c, null, { message: 'User assigned to task successfully' })
    })
    .delete('/:taskId/unassign/:userId', (c) => {
      const { project } = projectScope(c)
      const task = find(project, c.req.param('taskId'))
      const userId = parseInput(idParamSchema, c.req.param('userId'))
      if (!task.assigneeIds.includes(userId)) throw conflict('The user is not assigned to this task.')
      task.assigneeIds = task.assigneeIds.filter((id) => id !== userId)
      task.updatedAt = new Date().toISOString()
      store.changed()
      return success(c, null, { message: 'User unassigned from task successfully' })
    })
}
