import { leavePaths, leavePolicyListSchema, leaveRequestListSchema, type LeaveFilters } from '@/contract/leaves'
import { withCapability } from '@/lib/api/capabilities'
import { api } from '@/lib/api/client'
import { isApiError } from '@/lib/api/errors'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

// Every path comes from `leavePaths`: approve, reject and policies are assumed, one line each.

type Options = { signal?: AbortSignal; priority?: Priority }

export function listLeavePage(workspaceId: number, filters: LeaveFilters & { page: number; per_page: number }, options: Options = {}) {
  return api.get(leavePaths.list.path, { schema: leaveRequestListSchema, params: { workspace_id: workspaceId, ...filters }, ...options })
}

/**
 * The policies, for the policy filter. The docs name the list without a path: where the vendor
 * answers 404 the capability is marked missing and the list is empty, so the page still renders
 * and the filter shows the plain "not offered" line instead.
 */
export async function listLeavePolicies(workspaceId: number, options: Options = {}) {
  try {
    return await withCapability('leave-policies', () =>
      fetchAllPages('GET /leaves/policies', (page) =>
        api.get(leavePaths.policies.path, { schema: leavePolicyListSchema, params: { workspace_id: workspaceId, ...page }, ...options }),
      ),
    )
  } catch (error) {
    if (isApiError(error, 'not-offered')) return []
    throw error
  }
}
