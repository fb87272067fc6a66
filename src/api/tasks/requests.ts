import { taskActionEnvelopeSchema, taskListSchema, taskWriteEnvelopeSchema, type CreateTaskInput, type UpdateTaskInput } from '@/contract/tasks'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

// Every task call names its project (documented as required), in the query for reads and
// deletes, in the body for writes. Writes are judged by the envelope; the mutations re-read the
// project's tasks rather than trust an echo.

/** A project's tasks with their assignees: one request per project page, only when it is open. */
export function listProjectTasks(workspaceId: number, projectId: number, options: Options = {}) {
  return fetchAllPages('GET /tasks', (page) =>
    api.get('/tasks', {
      schema: taskListSchema,
      params: { workspace_id: workspaceId, project_id: projectId, ...page },
      ...options,
    }),
  )
}

export function createTask(workspaceId: number, input: CreateTaskInput) {
  return api.post('/tasks', {
    schema: taskWriteEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

export function updateTask(workspaceId: number, taskId: number, input: UpdateTaskInput) {
  return api.put(`/tasks/${taskId}`, {
    schema: taskWriteEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

export function deleteTask(workspaceId: number, projectId: number, taskId: number) {
  return api.delete(`/tasks/${taskId}`, {
    schema: taskActionEnvelopeSchema,
    params: { workspace_id: workspaceId, project_id: projectId },
  })
}

export function assignTask(workspaceId: number, projectId: number, taskId: number, userId: number) {
  return api.post(`/tasks/${taskId}/assign/${userId}`, {
    schema: taskActionEnvelopeSchema,
    body: { workspace_id: workspaceId, project_id: projectId },
  })
}

export function unassignTask(workspaceId: number, projectId: number, taskId: number, userId: number) {
  return api.delete(`/tasks/${taskId}/unassign/${userId}`, {
    schema: taskActionEnvelopeSchema,
    params: { workspace_id: workspaceId, project_id: projectId },
  })
}
