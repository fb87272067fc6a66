import {
  projectViewerActionEnvelopeSchema,
  projectViewerListSchema,
  projectViewerWriteEnvelopeSchema,
  type CreateProjectViewerInput,
} from '@/contract/project-viewers'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

/** Every viewer, archived ones too (status `left`), with the projects opened to them. */
export function listProjectViewers(workspaceId: number, options: Options = {}) {
  return fetchAllPages('GET /project-viewers', (page) =>
    api.get('/project-viewers', {
      schema: projectViewerListSchema,
      params: { workspace_id: workspaceId, ...page },
      ...options,
    }),
  )
}

// Writes are judged by the envelope (`success: true` is done, whatever `data` holds: restore
// and unassign answer `{ success, message }` only); the mutations re-read the viewers.

export function createProjectViewer(workspaceId: number, input: CreateProjectViewerInput) {
  return api.post('/project-viewers', {
    schema: projectViewerWriteEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

/** DELETE archives the viewer; restore brings them back. */
export function removeProjectViewer(workspaceId: number, viewerId: number) {
  return api.delete(`/project-viewers/${viewerId}`, {
    schema: projectViewerActionEnvelopeSchema,
    params: { workspace_id: workspaceId },
  })
}

export function restoreProjectViewer(workspaceId: number, viewerId: number) {
  return api.post(`/project-viewers/${viewerId}/restore`, {
    schema: projectViewerActionEnvelopeSchema,
    body: { workspace_id: workspaceId },
  })
}

export function assignViewerProject(workspaceId: number, viewerId: number, projectId: number) {
  return api.post(`/project-viewers/${viewerId}/assign-project`, {
    schema: projectViewerActionEnvelopeSchema,
    body: { workspace_id: workspaceId, project_id: projectId },
  })
}

export function unassignViewerProject(workspaceId: number, viewerId: number, projectId: number) {
  return api.delete(`/project-viewers/${viewerId}/unassign-project`, {
    schema: projectViewerActionEnvelopeSchema,
    params: { workspace_id: workspaceId, project_id: projectId },
  })
}
