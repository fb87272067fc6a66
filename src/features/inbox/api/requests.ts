import { contractListSchema } from '@/contract/contracts'
import { leaveBalanceListSchema, leavePath, leavePaths, leaveRequestEnvelopeSchema, leaveRequestListSchema, type LeaveFilters } from '@/contract/leaves'
import { timeRequestEnvelopeSchema, timeRequestListSchema } from '@/contract/time-requests'
import { timesheetActionEnvelopeSchema, timesheetListSchema } from '@/contract/timesheets'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'
import type { InboxKind } from '../inbox-items'

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
  fetchAllPages((page) =>
    api.get(leavePaths.list.path, { schema: leaveRequestListSchema, params: { workspace_id: workspaceId, ...filters, ...page }, ...options }),
  )

/** One member's contracts: their weekly limits and project names, for the decision's context. */
export const listMemberContracts = (workspaceId: number, userId: number, options: Options) =>
  fetchAllPages((page) =>
    api.get('/contracts', { schema: contractListSchema, params: { workspace_id: workspaceId, user_id: userId, ...page }, ...options }),
  )

export async function getLeaveBalance(workspaceId: number, userId: number, range: DateRange, options: Options) {
  const envelope = await api.get(leavePaths.balances.path, {
    schema: leaveBalanceListSchema,
    params: { workspace_id: workspaceId, user_id: userId, ...range },
    ...options,
  })
  return envelope.data[0] ?? null
}

/**
 * Approve or reject one pending item of any kind, at the user's priority in the rate budget.
 * Each kind's path and reason field is the vendor's (leave paths are assumed: `leavePaths`).
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
      schema: timeRequestEnvelopeSchema,
      body: decision === 'reject' ? { ...body, comment: reason } : body,
      priority: 'user',
    })
  } else {
    await api.post(leavePath(leavePaths[decision].path, id), {
      schema: leaveRequestEnvelopeSchema,
      body: decision === 'reject' ? { ...body, reason } : body,
      priority: 'user',
    })
  }
}
