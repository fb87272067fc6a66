import { leaveBalanceListSchema, leavePath, leavePaths, leaveRequestEnvelopeSchema, leaveRequestListSchema, type LeaveFilters } from '@/contract/leaves'
import { timeRequestListSchema, timeRequestWriteEnvelopeSchema } from '@/contract/time-requests'
import { timesheetActionEnvelopeSchema, timesheetListSchema } from '@/contract/timesheets'
import { withCapability } from '@/lib/api/capabilities'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'
import type { InboxKind } from './kinds'

type Options = { signal?: AbortSignal; priority?: Priority }
export type Decision = 'approve' | 'reject'

export interface DateRange {
  date_from: string
  date_to: string
}

type Page = { page: number; per_page: number }

export const submittedTimesheetPage = (workspaceId: number, page: Page, options: Options) =>
  api.get('/timesheets', { schema: timesheetListSchema, params: { workspace_id: workspaceId, status: 'submitted', ...page }, ...options })

/** The API requires a date range for time requests; the inbox looks back over `range`. */
export const pendingTimeRequestPage = (workspaceId: number, range: DateRange, page: Page, options: Options) =>
  api.get('/time-requests', { schema: timeRequestListSchema, params: { workspace_id: workspaceId, status: 'pending', ...range, ...page }, ...options })

export const pendingLeavePage = (workspaceId: number, page: Page, options: Options) =>
  api.get(leavePaths.list.path, { schema: leaveRequestListSchema, params: { workspace_id: workspaceId, status: 'pending', ...page }, ...options })

export const listLeaves = (workspaceId: number, filters: LeaveFilters, options: Options) =>
  fetchAllPages('GET /leaves', (page) =>
    api.get(leavePaths.list.path, { schema: leaveRequestListSchema, params: { workspace_id: workspaceId, ...filters, ...page }, ...options }),
  )

export async function getLeaveBalance(workspaceId: number, userId: number, range: DateRange, options: Options) {
  const envelope = await api.get(leavePaths.balances.path, {
    schema: leaveBalanceListSchema,
    params: { workspace_id: workspaceId, user_id: userId, ...range },
    ...options,
  })
  // The filter by user is the vendor's to apply; pick the member's row in case it sent more.
  return envelope.data.find((row) => row.user_id === userId) ?? null
}

/**
 * Approve or reject one pending item of any kind, at the user's priority in the rate budget.
 * Each kind's path and reason field is the vendor's. The answer is judged by `success` alone
 * (timesheets echo part of the record or `data: null`, time requests `{success, message}`); the
 * inbox then re-reads its queues. Leave decisions are not in the docs (paths assumed in
 * `leavePaths`): a 404 there marks the capability missing and fails with 'not-offered'.
 */
export async function decide(workspaceId: number, kind: InboxKind, id: string, decision: Decision, reason?: string): Promise<void> {
  const body = { workspace_id: workspaceId }
  const encoded = encodeURIComponent(id)
  if (kind === 'timesheet') {
    await api.put(`/timesheets/${encoded}/${decision}`, {
      schema: timesheetActionEnvelopeSchema,
      body: decision === 'reject' ? { ...body, reason } : body,
      priority: 'user',
    })
  } else if (kind === 'time-request') {
    await api.post(`/time-requests/${encoded}/${decision}`, {
      schema: timeRequestWriteEnvelopeSchema,
      body: decision === 'reject' ? { ...body, comment: reason } : body,
      priority: 'user',
    })
  } else {
    await withCapability('leave-decisions', () =>
      api.post(leavePath(leavePaths[decision].path, id), {
        schema: leaveRequestEnvelopeSchema,
        body: decision === 'reject' ? { ...body, reason } : body,
        priority: 'user',
      }),
    )
  }
}
