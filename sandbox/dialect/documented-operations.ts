import type { DocumentedOperation } from './answer'
import { contractOperations } from './contracts'
import { expenseOperations } from './expenses'
import { leaveOperations } from './leaves'
import { memberOperations } from './members'
import { projectViewerOperations } from './project-viewers'
import { projectOperations } from './projects'
import { reportOperations } from './reports'
import { taskOperations } from './tasks'
import { timeEntryOperations } from './time-entries'
import { timeRequestOperations } from './time-requests'
import { timeTrackingOperations } from './time-tracking'
import { timesheetOperations } from './timesheets'
import { webhookOperations } from './webhooks'
import { workspaceOperations } from './workspaces'

/**
 * Every operation the vendor documents: one per `### METHOD /path` heading of endpoints.md (its
 * headings without a captured path, such as leave policies, are not operations a client could
 * call). Anything else the sandbox serves under /api/v2 is an extension, which the docs dialect
 * answers with a 404 (dialect.test.ts checks both directions).
 */
export const documentedOperations: readonly DocumentedOperation[] = [
  ...workspaceOperations,
  ...memberOperations,
  ...projectOperations,
  ...taskOperations,
  ...projectViewerOperations,
  ...contractOperations,
  ...timeTrackingOperations,
  ...timeEntryOperations,
  ...timesheetOperations,
  ...timeRequestOperations,
  ...leaveOperations,
  ...expenseOperations,
  ...webhookOperations,
  ...reportOperations,
]

/** The sandbox's own endpoints, which the docs do not have (the docs dialect 404s them). */
export const sandboxExtensions = [
  'GET /leaves/policies',
  'POST /leaves/:id/approve',
  'POST /leaves/:id/reject',
  'DELETE /webhooks/:id',
  'GET /webhooks/:id/deliveries',
  'POST /webhooks/:id/test',
  'GET /reports/activity-descriptions',
] as const
