import {
  projectDeletedEnvelopeSchema,
  projectEnvelopeSchema,
  projectListSchema,
  projectWriteEnvelopeSchema,
  type CreateProjectInput,
  type UpdateProjectInput,
} from '@/contract/projects'
import { trackedHoursEnvelopeSchema } from '@/contract/reports'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

/**
 * Every project, archived ones included (`status: 0`); a workspace has dozens, so one request.
 * seeds/004's list has no pagination: then pages are read until a short one (list-paging).
 */
export function listProjects(workspaceId: number, options: Options = {}) {
  return fetchAllPages('GET /projects', (page) =>
    api.get('/projects', {
      schema: projectListSchema,
      params: { workspace_id: workspaceId, ...page },
      ...options,
    }),
  )
}

export async function getProject(workspaceId: number, projectId: number, options: Options = {}) {
  return (
    await api.get(`/projects/${projectId}`, {
      schema: projectEnvelopeSchema,
      params: { workspace_id: workspaceId },
      ...options,
    })
  ).data
}

// Writes are judged by the envelope; `data` is the echoed project or null (the mutations re-read
// the lists either way: seeds/004's update example even echoes the old values).

export async function createProject(workspaceId: number, input: CreateProjectInput) {
  return (
    await api.post('/projects', {
      schema: projectWriteEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

export async function updateProject(workspaceId: number, projectId: number, input: UpdateProjectInput) {
  return (
    await api.put(`/projects/${projectId}`, {
      schema: projectWriteEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

/** DELETE archives (status 0) and pauses the project's contracts. */
export function archiveProject(workspaceId: number, projectId: number) {
  return api.delete(`/projects/${projectId}`, {
    schema: projectDeletedEnvelopeSchema,
    params: { workspace_id: workspaceId },
  })
}

/**
 * Time tracked on one project between two days. Without `user_id` the report has no range cap
 * (README "Choices"), so a project's whole life is one request rather than 31-day slices.
 */
export async function getProjectTrackedHours(workspaceId: number, projectId: number, range: { start_date: string; end_date: string }, options: Options = {}) {
  return (
    await api.get('/reports/tracked-hours', {
      schema: trackedHoursEnvelopeSchema,
      params: {
        workspace_id: workspaceId,
        projects: String(projectId),
        ...range,
      },
      ...options,
    })
  ).data
}
