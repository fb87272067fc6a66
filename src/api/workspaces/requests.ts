import { workspaceListSchema } from '@/contract/workspaces'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

/** The workspaces the signed-in user belongs to (any role may list them). */
export function listWorkspaces(options: { signal?: AbortSignal; priority?: Priority } = {}) {
  return fetchAllPages('GET /workspaces', (page) => api.get('/workspaces', { schema: workspaceListSchema, params: page, ...options }))
}
