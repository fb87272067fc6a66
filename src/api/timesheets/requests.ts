import { timesheetActionEnvelopeSchema, timesheetListSchema, type TimesheetAction, type TimesheetFilters } from '@/contract/timesheets'
import { api } from '@/lib/api/client'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }

/** One page of timesheets, as the queue page shows them. */
export function listTimesheetPage(workspaceId: number, filters: TimesheetFilters & { page: number; per_page: number }, options: Options = {}) {
  return api.get('/timesheets', { schema: timesheetListSchema, params: { workspace_id: workspaceId, ...filters }, ...options })
}

/** One timesheet: the API has no detail path, so it is the list filtered by id (null when absent). */
export async function getTimesheet(workspaceId: number, timesheetId: string, options: Options = {}) {
  const envelope = await api.get('/timesheets', {
    schema: timesheetListSchema,
    params: { workspace_id: workspaceId, id: timesheetId },
    ...options,
  })
  return envelope.data[0] ?? null
}

/**
 * Submit or unsubmit, for a manager acting for a member (approve and reject live in the inbox).
 * A wrong state answers 422.
 */
export function changeTimesheetSubmission(workspaceId: number, timesheetId: string, action: Extract<TimesheetAction, 'submit' | 'unsubmit'>) {
  return api.put(`/timesheets/${encodeURIComponent(timesheetId)}/${action}`, {
    schema: timesheetActionEnvelopeSchema,
    body: { workspace_id: workspaceId },
  })
}
