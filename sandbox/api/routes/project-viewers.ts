import { Hono } from 'hono'
import { idParamSchema } from '../../../src/contract/common'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import { createProjectViewerInputSchema, projectViewerFiltersSchema, viewerProjectInputSchema, type ProjectViewer } from '../../../src/contract/project-viewers'
import type { ApiEnv, SandboxContext } from '../../context'
import type { MembershipRecord, ProjectViewerRecord } from '../../store/types'
import { apiTimestamp, paginate, success } from '../envelope'
import { conflict, fieldError, notFound } from '../errors'
import { activeProjectField, projectField } from '../lookups'
import { invitedUser, userById } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

// A viewer is a workspace member with the `Project viewer` role (listed by /members too) plus the
// projects opened to them; the two records change together.

export function projectViewerRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function present(v: ProjectViewerRecord): ProjectViewer {
    const user = userById(store, v.userId)
    return {
      id: user.id,
      email: user.email,
      firstname: user.firstname,
      lastname: user.lastname,
      status: v.status,
      member_since: apiTimestamp(v.memberSince),
      projects: v.projectIds.flatMap((id) => {
        const project = store.data.projects.find((p) => p.id === id)
        return project ? [{ project_id: project.id, project_name: project.name }] : []
      }),
    }
  }

  function find(scope: WorkspaceScope, rawId: string): { viewer: ProjectViewerRecord; membership: MembershipRecord | undefined } {
    const id = parseInput(idParamSchema, rawId)
    const viewer = store.data.projectViewers.find((v) => v.workspaceId === scope.workspace.id && v.userId === id)
    if (!viewer) throw notFound('Project viewer')
    const membership = store.data.memberships.find((m) => m.workspaceId === viewer.workspaceId && m.userId === viewer.userId)
    return { viewer, membership }
  }

  const requireNotArchived = (viewer: ProjectViewerRecord) => {
    if (viewer.status === 'left') throw conflict('This project viewer is archived; restore them first.')
  }

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema().extend(projectViewerFiltersSchema.shape), c.req.query())
      const rows = store.data.projectViewers
        .filter((v) => v.workspaceId === scope.workspace.id)
        .map(present)
        .filter((v) => !query.email || v.email.toLowerCase() === query.email.toLowerCase())
        .sort((a, b) => a.id - b.id)
      const page = paginate(rows, query)
      return success(c, page.data, { message: 'Project viewers retrieved successfully', pagination: page.pagination })
    })
    .post('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(createProjectViewerInputSchema, c.var.body)
      const projectIds = [...new Set(input.project_ids ?? [])]
      projectIds.forEach((id, i) => activeProjectField(store, scope, id, `project_ids.${i}`))
      const email = input.email.toLowerCase()
      const known = store.data.users.find((u) => u.email.toLowerCase() === email)
      if (known && store.data.memberships.some((m) => m.workspaceId === scope.workspace.id && m.userId === known.id)) {
        throw fieldError('email', 'The email has already been taken.')
      }
      const now = new Date().toISOString()
      const user = invitedUser(store, input, now)
      // Assumed, as for invited members: `inactive` until the invitation is accepted.
      store.data.memberships.push({
        workspaceId: scope.workspace.id,
        userId: user.id,
        role: 'Project viewer',
        status: 'inactive',
        teamId: null,
        title: 'Client',
        rate: 0,
        rateStatus: 0,
        rateType: 'hourly',
        screenshots: 'on',
        isBlocked: false,
        weeklyHoursLimit: 0,
        createdAt: now,
        activatedAt: null,
        updatedAt: now,
        deletedAt: null,
      })
      const viewer: ProjectViewerRecord = {
        workspaceId: scope.workspace.id,
        userId: user.id,
        status: 'inactive',
        projectIds: projectIds.sort((a, b) => a - b),
        memberSince: now,
      }
      store.data.projectViewers.push(viewer)
      store.changed()
      return success(c, present(viewer), { message: 'Project viewer created successfully', status: 201 })
    })
    .get('/:viewerId', (c) => {
      const scope = workspaceScope(ctx, c)
      return success(c, present(find(scope, c.req.param('viewerId')).viewer), { message: 'Project viewer retrieved successfully' })
    })
    .delete('/:viewerId', (c) => {
      const scope = workspaceScope(ctx, c)
      const { viewer, membership } = find(scope, c.req.param('viewerId'))
      if (viewer.status === 'left') throw conflict('This project viewer is already archived.')
      const now = new Date().toISOString()
      viewer.status = 'left'
      if (membership) Object.assign(membership, { status: 'left', deletedAt: now, updatedAt: now })
      store.changed()
      return success(c, null, { message: 'Project viewer archived successfully' })
    })
    .post('/:viewerId/restore', (c) => {
      const scope = workspaceScope(ctx, c)
      const { viewer, membership } = find(scope, c.req.param('viewerId'))
      if (viewer.status !== 'left') throw conflict('This project viewer is not archived.')
      // Back to where they were: active once they had accepted, otherwise still invited.
      const status = membership?.activatedAt ? 'active' : 'inactive'
      viewer.status = status
      if (membership) Object.assign(membership, { status, deletedAt: null, updatedAt: new Date().toISOString() })
      store.changed()
      return success(c, present(viewer), { message: 'Project viewer restored successfully' })
    })
    .post('/:viewerId/assign-project', (c) => {
      const scope = workspaceScope(ctx, c)
      const { viewer } = find(scope, c.req.param('viewerId'))
      const input = parseInput(viewerProjectInputSchema, c.var.body)
      const project = activeProjectField(store, scope, input.project_id)
      requireNotArchived(viewer)
      if (viewer.projectIds.includes(project.id)) throw conflict('The project is already assigned to this viewer.')
      viewer.projectIds = [...viewer.projectIds, project.id].sort((a, b) => a - b)
      store.changed()
      return success(c, null, { message: 'Project assigned to viewer successfully' })
    })
    .delete('/:viewerId/unassign-project', (c) => {
      const scope = workspaceScope(ctx, c)
      const { viewer } = find(scope, c.req.param('viewerId'))
      // Assumed by symmetry with assign-project; the query is read too (DELETE bodies get dropped).
      const input = parseInput(viewerProjectInputSchema, { project_id: numeric(c.req.query('project_id')) ?? c.var.body.project_id })
      const project = projectField(store, scope, input.project_id)
      if (!viewer.projectIds.includes(project.id)) throw conflict('The project is not assigned to this viewer.')
      viewer.projectIds = viewer.projectIds.filter((id) => id !== project.id)
      store.changed()
      return success(c, null, { message: 'Project unassigned from viewer successfully' })
    })
}

/** A query-string number as JSON would carry it, so one body schema checks both. */
const numeric = (raw: string | undefined) => (raw === undefined || raw === '' ? undefined : Number(raw))
