import type { Store } from '../store/store'
import type { MembershipRecord, ProjectRecord } from '../store/types'
import { fieldError } from './errors'
import type { WorkspaceScope } from './workspace-scope'

// Ids named in request bodies or queries: one from elsewhere (another workspace, or none) is a 422
// on that field, as Laravel's `exists` rule answers; ids in paths answer 404 in the routes instead.

export function projectField(store: Store, scope: WorkspaceScope, id: number, field = 'project_id'): ProjectRecord {
  const project = store.data.projects.find((p) => p.id === id && p.workspaceId === scope.workspace.id)
  if (!project) throw fieldError(field, `The selected ${label(field)} is invalid.`)
  return project
}

/** A project new work may be attached to: not archived. */
export function activeProjectField(store: Store, scope: WorkspaceScope, id: number, field = 'project_id'): ProjectRecord {
  const project = projectField(store, scope, id, field)
  if (project.status !== 1) throw fieldError(field, 'The selected project is archived.')
  return project
}

export function membershipField(store: Store, scope: WorkspaceScope, userId: number, field = 'user_id'): MembershipRecord {
  const m = store.data.memberships.find((x) => x.workspaceId === scope.workspace.id && x.userId === userId)
  if (!m) throw fieldError(field, `The selected ${label(field)} is invalid.`)
  return m
}

/** `project_ids.2` -> `project id`: how Laravel-style messages name a field. */
const label = (field: string) =>
  field
    .replace(/\.\d+$/, '')
    .replace(/_ids$/, '_id')
    .replace(/_/g, ' ')
