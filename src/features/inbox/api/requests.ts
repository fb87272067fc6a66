import { leavePath, leavePaths, leaveRequestEnvelopeSchema } from '@/contract/leaves'
import { timeRequestEnvelopeSchema } from '@/contract/time-requests'
import { timesheetActionEnvelopeSchema } from '@/contract/timesheets'
import { api } from '@/lib/api/client'
import type { InboxKind } from '../inbox-items'

export type Decision = 'approve' | 'reject'

/**
 * Approve or reject one pending item of any kind. Decisions go first in the rate budget: they are
 * what the user just clicked. Each kind's path and reason field is the vendor's (leave paths are
 * assumed, see `leavePaths`).
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
