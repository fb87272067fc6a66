import { leavePaths, leavePolicyListSchema, leaveRequestListSchema, type LeaveFilters } from '@/contract/leaves'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

// Every path comes from `leavePaths`: approve, reject and policies are assumed, one line each.

type Options = { signal?: AbortSignal; priority?: Priority }

export function listLeavePage(workspaceId: number, filters: LeaveFilters & { page: number; per_page: number }, options: Options = {}) {
  return api.get(leavePaths.list.path, { schema: leaveRequestListSchema, params: { workspace_id: workspaceId, ...filters }, ...options })
}

export function listLeavePolicies(workspaceId: number, options: Options = {}) {
  return fetchAllPages((page) =>
    api.get(leavePaths.policies.path, { schema: leavePolicyListSchema, params: { workspace_id: workspaceId, ...page }, ...options }),
  )
}
