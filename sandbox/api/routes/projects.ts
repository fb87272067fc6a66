import { Hono } from 'hono'
import { idParamSchema } from '../../../src/contract/common'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import { createProjectInputSchema, projectFiltersSchema, updateProjectInputSchema } from '../../../src/contract/projects'
import type { ApiEnv, SandboxContext } from '../../context'
import type { ProjectRecord } from '../../store/types'
import { emitWebhookEvent } from '../../webhooks/events'
import { paginate, success } from '../envelope'
import { conflict, fieldError, notFound } from '../errors'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'
import { presentProject } from './project-view'

export function projectRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function find(scope: WorkspaceScope, rawId: string): ProjectRecord {
    const id = parseInput(idParamSchema, rawId)
    const p = store.data.projects.find((x) => x.id === id && x.workspaceId === scope.workspace.id)
    if (!p) throw notFound('Project')
    return p
  }

  /** Webhook payloads carry no rate: the receiver's right to see rates is unknown. */
  const announce = (p: ProjectRecord, event: 'project.created' | 'project.updated' | 'project.deleted') =>
    emitWebhookEvent(ctx, p.workspaceId, event, presentProject(store, p, false))

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema().extend(projectFiltersSchema.shape), c.req.query())
      const needle = query.name?.toLowerCase()
      // Assumed: archived projects are listed too (status 0, deleted_at set), for a status column.
      const rows = store.data.projects
        .filter((p) => p.workspaceId === scope.workspace.id && (!needle || p.name.toLowerCase().includes(needle)))
        .sort((a, b) => a.id - b.id)
      const page = paginate(rows, query)
      return success(
        c,
        page.data.map((p) => presentProject(store, p, scope.canSeeRates)),
        {
          message: 'Projects retrieved successfully',
          pagination: page.pagination,
        },
      )
    })
    .post('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(createProjectInputSchema, c.var.body)
      const now = new Date().toISOString()
      // Defaults as seeds/004's example answer shows them.
      const project: ProjectRecord = {
        id: store.nextId(),
        workspaceId: scope.workspace.id,
        name: input.name,
        ownerId: scope.workspace.ownerId,
        startDate: input.start_date ?? null,
        deadline: input.deadline ?? null,
        estimation: input.estimation ?? null,
        budget: input.budget ?? null,
        notes: input.notes ?? null,
        icon: input.icon ?? null,
        isBillable: true,
        rate: 0,
        weeklyHoursLimit: 168,
        screenshots: 'blur',
        tags: [],
        status: 1,
        managerIds: [],
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      }
      store.data.projects.push(project)
      store.changed()
      announce(project, 'project.created')
      return success(c, presentProject(store, project, scope.canSeeRates), { message: 'Project created successfully', status: 201 })
    })
    .get('/:projectId', (c) => {
      const scope = workspaceScope(ctx, c)
      const p = find(scope, c.req.param('projectId'))
      return success(c, presentProject(store, p, scope.canSeeRates), { message: 'Project retrieved successfully' })
    })
    .put('/:projectId', (c) => {
      const scope = workspaceScope(ctx, c)
      const p = find(scope, c.req.param('projectId'))
      const input = parseInput(updateProjectInputSchema, c.var.body)
      if (p.status !== 1) throw conflict('This project is archived and cannot be updated.')
      // The schema compares the dates it is given; a single one is compared with the stored other.
      const startDate = input.start_date === undefined ? p.startDate : input.start_date
      const deadline = input.deadline === undefined ? p.deadline : input.deadline
      if (startDate && deadline && deadline < startDate) {
        throw fieldError(
          input.deadline === undefined ? 'start_date' : 'deadline',
          input.deadline === undefined
            ? 'The start date must be a date before or equal to deadline.'
            : 'The deadline must be a date after or equal to start date.',
        )
      }
      if (input.name !== undefined) p.name = input.name
      p.startDate = startDate
      p.deadline = deadline
      if (input.estimation !== undefined) p.estimation = input.estimation
      if (input.budget !== undefined) p.budget = input.budget
      if (input.notes !== undefined) p.notes = input.notes
      if (input.icon !== undefined) p.icon = input.icon
      p.updatedAt = new Date().toISOString()
      store.changed()
      announce(p, 'project.updated')
      return success(c, presentProject(store, p, scope.canSeeRates), { message: 'Project updated successfully' })
    })
    .delete('/:projectId', (c) => {
      const scope = workspaceScope(ctx, c)
      const p = find(scope, c.req.param('projectId'))
      if (p.status !== 1) throw conflict('This project is already archived.')
      const now = new Date().toISOString()
      // "Delete (Archive) Project": kept with status 0 and deleted_at; its contracts pause (assumed),
      // as an archived member's contracts end.
      p.status = 0
      p.deletedAt = now
      p.updatedAt = now
      for (const k of store.data.contracts) {
        if (k.projectId === p.id && k.status === 'active') {
          k.status = 'inactive'
          k.updatedAt = now
        }
      }
      store.changed()
      announce(p, 'project.deleted')
      return success(c, null, { message: 'Project deleted successfully' })
    })
}
