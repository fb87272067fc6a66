import type { z } from 'zod'
import { contractDeletedEnvelopeSchema, contractEnvelopeSchema, contractListSchema, contractWriteEnvelopeSchema } from '@/contract/contracts'
import { expenseCategoryListSchema, expenseListSchema, expenseWriteEnvelopeSchema } from '@/contract/expenses'
import { createLeaveEnvelopeSchema, leaveBalanceListSchema, leavePolicyListSchema, leaveRequestEnvelopeSchema, leaveRequestListSchema } from '@/contract/leaves'
import { archiveMemberEnvelopeSchema, inviteMemberEnvelopeSchema, memberEnvelopeSchema, memberListSchema, updateMemberEnvelopeSchema } from '@/contract/members'
import {
  projectViewerActionEnvelopeSchema,
  projectViewerEnvelopeSchema,
  projectViewerListSchema,
  projectViewerWriteEnvelopeSchema,
} from '@/contract/project-viewers'
import { projectDeletedEnvelopeSchema, projectEnvelopeSchema, projectListSchema, projectWriteEnvelopeSchema } from '@/contract/projects'
import {
  activityDescriptionsEnvelopeSchema,
  activityLevelEnvelopeSchema,
  dailyAttendanceEnvelopeSchema,
  dailyTimelineEnvelopeSchema,
  taskReportEnvelopeSchema,
  trackedHoursEnvelopeSchema,
} from '@/contract/reports'
import { taskActionEnvelopeSchema, taskAssigneesEnvelopeSchema, taskEnvelopeSchema, taskListSchema, taskWriteEnvelopeSchema } from '@/contract/tasks'
import { createdTimeEntryEnvelopeSchema, deletedTimeEntryEnvelopeSchema, timeEntryEnvelopeSchema, timeEntryListSchema } from '@/contract/time-entries'
import { timeRequestEnvelopeSchema, timeRequestListSchema, timeRequestWriteEnvelopeSchema } from '@/contract/time-requests'
import { currentTrackerEnvelopeSchema, trackingStartedEnvelopeSchema, trackingStoppedEnvelopeSchema } from '@/contract/time-tracking'
import { timesheetActionEnvelopeSchema, timesheetListSchema } from '@/contract/timesheets'
import {
  webhookDeletedEnvelopeSchema,
  webhookDeliveryEnvelopeSchema,
  webhookDeliveryListSchema,
  webhookEnvelopeSchema,
  webhookListSchema,
  webhookTestEnvelopeSchema,
  webhookWriteEnvelopeSchema,
} from '@/contract/webhooks'
import { workspaceListSchema } from '@/contract/workspaces'

/**
 * Every success schema of the contract, by the operation whose answer it reads: `METHOD /path`
 * as endpoints.md's headings and the corpus write it (`{param}`); paths the docs lack are the
 * sandbox's. One operation may be read by two schemas, one schema serve several operations.
 */
export const responseSchemas: readonly { endpoint: string; schema: z.ZodType }[] = [
  { endpoint: 'GET /workspaces', schema: workspaceListSchema },
  { endpoint: 'GET /members', schema: memberListSchema },
  { endpoint: 'POST /members', schema: inviteMemberEnvelopeSchema },
  { endpoint: 'GET /members/{memberId}', schema: memberEnvelopeSchema },
  { endpoint: 'PUT /members/{memberId}', schema: updateMemberEnvelopeSchema },
  { endpoint: 'DELETE /members/{memberId}', schema: archiveMemberEnvelopeSchema },
  { endpoint: 'GET /projects', schema: projectListSchema },
  { endpoint: 'POST /projects', schema: projectWriteEnvelopeSchema },
  { endpoint: 'GET /projects/{projectId}', schema: projectEnvelopeSchema },
  { endpoint: 'PUT /projects/{projectId}', schema: projectWriteEnvelopeSchema },
  { endpoint: 'DELETE /projects/{projectId}', schema: projectDeletedEnvelopeSchema },
  { endpoint: 'GET /tasks', schema: taskListSchema },
  { endpoint: 'POST /tasks', schema: taskWriteEnvelopeSchema },
  { endpoint: 'GET /tasks/{taskId}', schema: taskEnvelopeSchema },
  { endpoint: 'PUT /tasks/{taskId}', schema: taskWriteEnvelopeSchema },
  { endpoint: 'DELETE /tasks/{taskId}', schema: taskActionEnvelopeSchema },
  { endpoint: 'GET /tasks/{taskId}/assignees', schema: taskAssigneesEnvelopeSchema },
  { endpoint: 'POST /tasks/{taskId}/assign/{userId}', schema: taskActionEnvelopeSchema },
  { endpoint: 'DELETE /tasks/{taskId}/unassign/{userId}', schema: taskActionEnvelopeSchema },
  { endpoint: 'GET /project-viewers', schema: projectViewerListSchema },
  { endpoint: 'POST /project-viewers', schema: projectViewerWriteEnvelopeSchema },
  { endpoint: 'GET /project-viewers/{viewerId}', schema: projectViewerEnvelopeSchema },
  { endpoint: 'DELETE /project-viewers/{viewerId}', schema: projectViewerActionEnvelopeSchema },
  { endpoint: 'POST /project-viewers/{viewerId}/restore', schema: projectViewerActionEnvelopeSchema },
  { endpoint: 'POST /project-viewers/{viewerId}/assign-project', schema: projectViewerActionEnvelopeSchema },
  { endpoint: 'DELETE /project-viewers/{viewerId}/unassign-project', schema: projectViewerActionEnvelopeSchema },
  { endpoint: 'GET /contracts', schema: contractListSchema },
  { endpoint: 'POST /contracts', schema: contractWriteEnvelopeSchema },
  { endpoint: 'GET /contracts/{contractId}', schema: contractEnvelopeSchema },
  { endpoint: 'PUT /contracts/{contractId}', schema: contractWriteEnvelopeSchema },
  { endpoint: 'DELETE /contracts/{contractId}', schema: contractDeletedEnvelopeSchema },
  { endpoint: 'POST /time-tracking/start', schema: trackingStartedEnvelopeSchema },
  { endpoint: 'POST /time-tracking/stop', schema: trackingStoppedEnvelopeSchema },
  { endpoint: 'GET /time-tracking/current-data', schema: currentTrackerEnvelopeSchema },
  { endpoint: 'GET /time-entries', schema: timeEntryListSchema },
  { endpoint: 'POST /time-entries', schema: createdTimeEntryEnvelopeSchema },
  { endpoint: 'PUT /time-entries/{time_entry_id}', schema: timeEntryEnvelopeSchema },
  { endpoint: 'DELETE /time-entries/{time_entry_id}', schema: deletedTimeEntryEnvelopeSchema },
  { endpoint: 'GET /timesheets', schema: timesheetListSchema },
  { endpoint: 'PUT /timesheets/{timesheetId}/approve', schema: timesheetActionEnvelopeSchema },
  { endpoint: 'PUT /timesheets/{timesheetId}/reject', schema: timesheetActionEnvelopeSchema },
  { endpoint: 'PUT /timesheets/{timesheetId}/submit', schema: timesheetActionEnvelopeSchema },
  { endpoint: 'PUT /timesheets/{timesheetId}/unsubmit', schema: timesheetActionEnvelopeSchema },
  { endpoint: 'GET /time-requests', schema: timeRequestListSchema },
  { endpoint: 'POST /time-requests', schema: timeRequestWriteEnvelopeSchema },
  { endpoint: 'GET /time-requests/{id}', schema: timeRequestEnvelopeSchema },
  { endpoint: 'POST /time-requests/{timeRequestId}/approve', schema: timeRequestWriteEnvelopeSchema },
  { endpoint: 'POST /time-requests/{timeRequestId}/reject', schema: timeRequestWriteEnvelopeSchema },
  { endpoint: 'GET /leaves', schema: leaveRequestListSchema },
  { endpoint: 'POST /leaves', schema: createLeaveEnvelopeSchema },
  { endpoint: 'GET /leaves/balances', schema: leaveBalanceListSchema },
  { endpoint: 'GET /leaves/policies', schema: leavePolicyListSchema },
  { endpoint: 'POST /leaves/{id}/approve', schema: leaveRequestEnvelopeSchema },
  { endpoint: 'POST /leaves/{id}/reject', schema: leaveRequestEnvelopeSchema },
  { endpoint: 'GET /expenses', schema: expenseListSchema },
  { endpoint: 'POST /expenses', schema: expenseWriteEnvelopeSchema },
  { endpoint: 'PUT /expenses/{expenseId}', schema: expenseWriteEnvelopeSchema },
  { endpoint: 'DELETE /expenses/{expenseId}', schema: expenseWriteEnvelopeSchema },
  { endpoint: 'GET /expenses/categories', schema: expenseCategoryListSchema },
  { endpoint: 'GET /webhooks', schema: webhookListSchema },
  { endpoint: 'POST /webhooks', schema: webhookWriteEnvelopeSchema },
  { endpoint: 'GET /webhooks/{webhookId}', schema: webhookEnvelopeSchema },
  { endpoint: 'PUT /webhooks/{webhookId}', schema: webhookWriteEnvelopeSchema },
  { endpoint: 'DELETE /webhooks/{webhookId}', schema: webhookDeletedEnvelopeSchema },
  { endpoint: 'GET /webhooks/{webhookId}/deliveries', schema: webhookDeliveryListSchema },
  { endpoint: 'POST /webhooks/{webhookId}/test', schema: webhookTestEnvelopeSchema },
  // No request reads one delivery alone yet; its schema is fed the test event's delivery.
  { endpoint: 'POST /webhooks/{webhookId}/test', schema: webhookDeliveryEnvelopeSchema },
  { endpoint: 'GET /reports/tracked-hours', schema: trackedHoursEnvelopeSchema },
  { endpoint: 'GET /reports/daily-timeline', schema: dailyTimelineEnvelopeSchema },
  { endpoint: 'GET /reports/task-report', schema: taskReportEnvelopeSchema },
  { endpoint: 'GET /reports/activity-level', schema: activityLevelEnvelopeSchema },
  { endpoint: 'GET /reports/daily-attendance', schema: dailyAttendanceEnvelopeSchema },
  { endpoint: 'GET /reports/activity-descriptions', schema: activityDescriptionsEnvelopeSchema },
]
