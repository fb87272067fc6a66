import type { z } from 'zod'
import { createContractInputSchema, contractFiltersSchema, updateContractInputSchema } from '../../src/contract/contracts'
import { createExpenseInputSchema, expenseCategoryFiltersSchema, expenseFiltersSchema, updateExpenseInputSchema } from '../../src/contract/expenses'
import { createLeaveInputSchema, leaveBalanceQuerySchema, leaveFiltersSchema, leavePaths, rejectLeaveInputSchema } from '../../src/contract/leaves'
import { inviteMemberInputSchema, memberFiltersSchema, updateMemberInputSchema } from '../../src/contract/members'
import { paginationQuerySchema } from '../../src/contract/pagination'
import { createProjectViewerInputSchema, projectViewerFiltersSchema, viewerProjectInputSchema } from '../../src/contract/project-viewers'
import { createProjectInputSchema, projectFiltersSchema, updateProjectInputSchema } from '../../src/contract/projects'
import {
  activityDescriptionsQuerySchema,
  activityLevelQuerySchema,
  dailyAttendanceQuerySchema,
  dailyTimelineQuerySchema,
  taskReportQuerySchema,
  trackedHoursQuerySchema,
} from '../../src/contract/report-queries'
import { createTaskInputSchema, taskFiltersSchema, taskProjectBodySchema, taskProjectQuerySchema, updateTaskInputSchema } from '../../src/contract/tasks'
import { createTimeEntryInputSchema, timeEntryListQuerySchema, updateTimeEntryInputSchema } from '../../src/contract/time-entries'
import { createTimeRequestInputSchema, rejectTimeRequestInputSchema, timeRequestFiltersSchema } from '../../src/contract/time-requests'
import { currentTrackerQuerySchema, startTrackingInputSchema, stopTrackingInputSchema, timeTrackingPaths } from '../../src/contract/time-tracking'
import { rejectTimesheetInputSchema, timesheetFiltersSchema } from '../../src/contract/timesheets'
import { createWebhookInputSchema, updateWebhookInputSchema } from '../../src/contract/webhooks'
import type { SeedTargets } from './targets'

// Every route of the sandbox's API V2, with one valid request each (the seed's records, the
// contract's fields) and the contract schemas the route validates its query and body with. The
// fuzzer mutates these requests; fuzz.test.ts checks that this list and the app's routes agree.

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface FuzzEndpoint {
  method: Method
  /** The route as the app registers it: `/api/v2/members/:memberId`. */
  route: string
  /** Valid values of the route's `:params`. */
  params?: Record<string, string>
  query?: Record<string, string>
  body?: Record<string, unknown>
  /** The contract schemas the route reads its query with: their fields are fuzzed too, sent or not. */
  querySchemas?: readonly z.ZodType[]
  bodySchema?: z.ZodType
  /** Whether it reads a workspace (and so refuses a Regular User with 403). */
  scoped?: boolean
  /** A request that makes the state the valid request needs (a tracker to stop, a viewer to restore). */
  setUp?: { method: Method; url: string; body: Record<string, unknown> }
}

export const API = '/api/v2'
const page = paginationQuerySchema()

export function apiEndpoints(t: SeedTargets): FuzzEndpoint[] {
  const ws = { workspace_id: String(t.workspace) }
  const wsBody = { workspace_id: t.workspace }
  const week = { start_date: '2026-11-16', end_date: '2026-11-22' }
  const endpoint = (method: Method, route: string, rest: Omit<FuzzEndpoint, 'method' | 'route'> = {}): FuzzEndpoint => ({
    method,
    route: `${API}${route}`,
    scoped: true,
    ...rest,
  })
  const expense = {
    expense_name: 'Fuzz taxi',
    date: '2026-11-20',
    amount: 12.5,
    category_id: t.expenseCategory,
    project_id: t.project,
    note: 'Fuzz',
    is_billable: true,
  }
  const hook = { url: 'http://127.0.0.1:9/fuzz-hook', events: ['project.created', 'tracker.started'] }
  const taskBody = { ...wsBody, project_id: t.project }

  return [
    endpoint('GET', '/workspaces', { query: { page: '1', per_page: '20' }, querySchemas: [page], scoped: false }),

    endpoint('GET', '/members', { query: { ...ws, status: 'active' }, querySchemas: [page, memberFiltersSchema] }),
    endpoint('POST', '/members', {
      query: ws,
      body: { email: 'fuzz.invitee@acme.test', firstname: 'Fuzz', lastname: 'Invitee', role: 'Regular User' },
      bodySchema: inviteMemberInputSchema,
    }),
    endpoint('GET', '/members/:memberId', { params: { memberId: String(t.edited) }, query: ws }),
    endpoint('PUT', '/members/:memberId', {
      params: { memberId: String(t.edited) },
      query: ws,
      body: { firstname: 'Fuzz', timezone: 'Europe/Rome', weekly_hours_limit: 30, role: 'Regular User', remove_avatar: 0 },
      bodySchema: updateMemberInputSchema,
    }),
    endpoint('DELETE', '/members/:memberId', { params: { memberId: String(t.archived) }, query: ws }),

    endpoint('GET', '/contracts', { query: { ...ws, project_id: String(t.project) }, querySchemas: [page, contractFiltersSchema] }),
    endpoint('POST', '/contracts', {
      query: ws,
      body: { project_id: t.project, user_id: t.uncontracted, weekly_hours_limit: 20, screenshots: 'blurred', rate: 10 },
      bodySchema: createContractInputSchema,
    }),
    endpoint('GET', '/contracts/:contractId', { params: { contractId: String(t.contract) }, query: ws }),
    endpoint('PUT', '/contracts/:contractId', {
      params: { contractId: String(t.contract) },
      query: ws,
      body: { weekly_hours_limit: 30, screenshots: 'full', rate: 20, status: 'active' },
      bodySchema: updateContractInputSchema,
    }),
    endpoint('DELETE', '/contracts/:contractId', { params: { contractId: String(t.idleContract) }, query: ws }),

    endpoint('GET', '/timesheets', { query: { ...ws, status: 'submitted', date_from: '2026-11-01' }, querySchemas: [page, timesheetFiltersSchema] }),
    endpoint('PUT', '/timesheets/:timesheetId/approve', { params: { timesheetId: t.timesheet }, body: wsBody }),
    endpoint('PUT', '/timesheets/:timesheetId/reject', {
      params: { timesheetId: t.timesheet },
      body: { ...wsBody, reason: 'Fuzz' },
      bodySchema: rejectTimesheetInputSchema,
    }),
    endpoint('PUT', '/timesheets/:timesheetId/submit', { params: { timesheetId: t.openTimesheet }, body: wsBody }),
    endpoint('PUT', '/timesheets/:timesheetId/unsubmit', { params: { timesheetId: t.timesheet }, body: wsBody }),

    endpoint('GET', '/time-requests', { query: { ...ws, date_from: '2026-11-01', date_to: '2026-11-30' }, querySchemas: [page, timeRequestFiltersSchema] }),
    endpoint('POST', '/time-requests', {
      body: { ...wsBody, user_id: t.tracker, contract_id: t.contract, start: '2026-11-20T05:00:00Z', end: '2026-11-20T06:00:00Z', notes: 'Fuzz' },
      bodySchema: createTimeRequestInputSchema,
    }),
    endpoint('GET', '/time-requests/:id', { params: { id: t.timeRequest }, query: ws }),
    endpoint('POST', '/time-requests/:id/approve', { params: { id: t.timeRequest }, body: wsBody }),
    endpoint('POST', '/time-requests/:id/reject', {
      params: { id: t.timeRequest },
      body: { ...wsBody, comment: 'Fuzz' },
      bodySchema: rejectTimeRequestInputSchema,
    }),

    endpoint('GET', '/reports/tracked-hours', { query: { ...ws, ...week, users: String(t.tracker) }, querySchemas: [trackedHoursQuerySchema()] }),
    endpoint('GET', '/reports/daily-timeline', { query: { ...ws, date: '2026-11-20' }, querySchemas: [dailyTimelineQuerySchema()] }),
    endpoint('GET', '/reports/task-report', { query: { ...ws, ...week }, querySchemas: [taskReportQuerySchema] }),
    endpoint('GET', '/reports/activity-level', { query: { ...ws, ...week }, querySchemas: [activityLevelQuerySchema] }),
    endpoint('GET', '/reports/daily-attendance', { query: { ...ws, date: '2026-11-20' }, querySchemas: [dailyAttendanceQuerySchema] }),
    endpoint('GET', '/reports/activity-descriptions', { query: { ...ws, ...week }, querySchemas: [activityDescriptionsQuerySchema] }),

    endpoint(leavePaths.balances.method, leavePaths.balances.path, {
      query: { ...ws, date_from: '2026-01-01', date_to: '2026-12-31' },
      querySchemas: [leaveBalanceQuerySchema],
    }),
    endpoint(leavePaths.policies.method, leavePaths.policies.path, { query: ws, querySchemas: [page] }),
    endpoint(leavePaths.list.method, leavePaths.list.path, { query: { ...ws, status: 'pending' }, querySchemas: [page, leaveFiltersSchema] }),
    endpoint(leavePaths.create.method, leavePaths.create.path, {
      body: { ...wsBody, policy_id: t.leavePolicy, user_id: t.tracker, start: '2026-12-14', end: '2026-12-15', reason: 'Fuzz' },
      bodySchema: createLeaveInputSchema,
    }),
    endpoint(leavePaths.approve.method, leavePaths.approve.path, { params: { id: t.leaveRequest }, body: wsBody }),
    endpoint(leavePaths.reject.method, leavePaths.reject.path, {
      params: { id: t.leaveRequest },
      body: { ...wsBody, reason: 'Fuzz' },
      bodySchema: rejectLeaveInputSchema,
    }),

    endpoint('GET', '/expenses/categories', { query: ws, querySchemas: [page, expenseCategoryFiltersSchema] }),
    endpoint('GET', '/expenses', { query: { ...ws, date_from: '2026-11-01' }, querySchemas: [page, expenseFiltersSchema] }),
    endpoint('POST', '/expenses', { body: { ...wsBody, ...expense }, bodySchema: createExpenseInputSchema }),
    endpoint('PUT', '/expenses/:expenseId', { params: { expenseId: t.expense }, body: { ...wsBody, ...expense }, bodySchema: updateExpenseInputSchema }),
    endpoint('DELETE', '/expenses/:expenseId', { params: { expenseId: t.expense }, body: wsBody }),

    endpoint('GET', '/projects', { query: { ...ws, name: 'a' }, querySchemas: [page, projectFiltersSchema] }),
    endpoint('POST', '/projects', {
      query: ws,
      body: { name: 'Fuzz project', start_date: '2026-11-01', deadline: '2026-12-31', estimation: 40, budget: 1000, notes: 'Fuzz', icon: 'rocket' },
      bodySchema: createProjectInputSchema,
    }),
    endpoint('GET', '/projects/:projectId', { params: { projectId: String(t.project) }, query: ws }),
    endpoint('PUT', '/projects/:projectId', {
      params: { projectId: String(t.project) },
      query: ws,
      body: { name: 'Fuzz renamed', estimation: 50, notes: null },
      bodySchema: updateProjectInputSchema,
    }),
    endpoint('DELETE', '/projects/:projectId', { params: { projectId: String(t.project) }, query: ws }),

    endpoint('GET', '/tasks', { query: { ...ws, project_id: String(t.project), status: '0' }, querySchemas: [page, taskFiltersSchema] }),
    endpoint('POST', '/tasks', {
      body: {
        ...taskBody,
        title: 'Fuzz task',
        description: 'Fuzz',
        status: 0,
        priority: 30,
        start_date: '2026-11-20',
        end_date: '2026-11-27',
        parent_id: t.task,
        assignees: [t.tracker],
      },
      bodySchema: createTaskInputSchema,
    }),
    endpoint('GET', '/tasks/:taskId', {
      params: { taskId: String(t.task) },
      query: { ...ws, project_id: String(t.project) },
      querySchemas: [taskProjectQuerySchema],
    }),
    endpoint('PUT', '/tasks/:taskId', {
      params: { taskId: String(t.task) },
      body: { ...taskBody, title: 'Fuzz renamed', priority: 20 },
      bodySchema: updateTaskInputSchema,
    }),
    endpoint('DELETE', '/tasks/:taskId', { params: { taskId: String(t.task) }, body: taskBody, bodySchema: taskProjectBodySchema }),
    endpoint('GET', '/tasks/:taskId/assignees', { params: { taskId: String(t.task) }, query: { ...ws, project_id: String(t.project) } }),
    endpoint('POST', '/tasks/:taskId/assign/:userId', {
      params: { taskId: String(t.task), userId: String(t.tracker) },
      body: taskBody,
      bodySchema: taskProjectBodySchema,
    }),
    endpoint('DELETE', '/tasks/:taskId/unassign/:userId', {
      params: { taskId: String(t.assignment.task), userId: String(t.assignment.user) },
      body: { ...wsBody, project_id: t.assignment.project },
      bodySchema: taskProjectBodySchema,
    }),

    endpoint('GET', '/project-viewers', { query: ws, querySchemas: [page, projectViewerFiltersSchema] }),
    endpoint('POST', '/project-viewers', {
      body: { ...wsBody, email: 'fuzz.viewer@client.test', firstname: 'Fuzz', lastname: 'Viewer', project_ids: [t.project] },
      bodySchema: createProjectViewerInputSchema,
    }),
    endpoint('GET', '/project-viewers/:viewerId', { params: { viewerId: String(t.viewer) }, query: ws }),
    endpoint('DELETE', '/project-viewers/:viewerId', { params: { viewerId: String(t.viewer) }, query: ws }),
    endpoint('POST', '/project-viewers/:viewerId/restore', {
      params: { viewerId: String(t.viewer) },
      body: wsBody,
      setUp: { method: 'DELETE', url: `${API}/project-viewers/${t.viewer}`, body: wsBody },
    }),
    endpoint('POST', '/project-viewers/:viewerId/assign-project', {
      params: { viewerId: String(t.viewer) },
      body: { ...wsBody, project_id: t.project },
      bodySchema: viewerProjectInputSchema,
    }),
    endpoint('DELETE', '/project-viewers/:viewerId/unassign-project', {
      params: { viewerId: String(t.viewer) },
      body: { ...wsBody, project_id: t.viewerProject },
      bodySchema: viewerProjectInputSchema,
    }),

    endpoint('GET', '/webhooks', { query: ws, querySchemas: [page] }),
    endpoint('POST', '/webhooks', { body: { ...wsBody, ...hook }, bodySchema: createWebhookInputSchema }),
    endpoint('GET', '/webhooks/:webhookId', { params: { webhookId: t.webhook }, query: ws }),
    endpoint('PUT', '/webhooks/:webhookId', { params: { webhookId: t.webhook }, body: { ...wsBody, ...hook }, bodySchema: updateWebhookInputSchema }),
    endpoint('DELETE', '/webhooks/:webhookId', { params: { webhookId: t.webhook }, query: ws }),
    endpoint('GET', '/webhooks/:webhookId/deliveries', { params: { webhookId: t.webhook }, query: ws, querySchemas: [page] }),
    endpoint('POST', '/webhooks/:webhookId/test', { params: { webhookId: t.webhook }, body: wsBody }),

    endpoint('POST', timeTrackingPaths.start, {
      body: { ...wsBody, user_id: t.tracker, contract_id: t.contract, task_id: t.task, activity_description: 'Fuzz' },
      bodySchema: startTrackingInputSchema,
    }),
    endpoint('POST', timeTrackingPaths.stop, {
      body: { ...wsBody, user_id: t.tracker },
      bodySchema: stopTrackingInputSchema,
      setUp: { method: 'POST', url: `${API}${timeTrackingPaths.start}`, body: { ...wsBody, user_id: t.tracker, contract_id: t.contract } },
    }),
    endpoint('GET', timeTrackingPaths.current, { query: { ...ws, user_id: String(t.tracker) }, querySchemas: [currentTrackerQuerySchema] }),

    endpoint('GET', '/time-entries', { query: { ...ws, user_id: String(t.tracker), date: '2026-11-20' }, querySchemas: [timeEntryListQuerySchema] }),
    endpoint('POST', '/time-entries', {
      body: { ...wsBody, user_id: t.tracker, contract_id: t.contract, date: '2026-11-21', start_time: '05:00', end_time: '05:30', notes: 'Fuzz' },
      bodySchema: createTimeEntryInputSchema,
    }),
    endpoint('PUT', '/time-entries/:id', {
      params: { id: t.timeEntry },
      body: { ...wsBody, notes: 'Fuzz', activity_description: 'Fuzz' },
      bodySchema: updateTimeEntryInputSchema,
    }),
    endpoint('DELETE', '/time-entries/:id', { params: { id: t.timeEntry }, body: wsBody }),
  ]
}

/** The top-level field names of a contract schema (objects, and the pipes and intersections around them). */
export function schemaFields(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType; left?: z.ZodType; right?: z.ZodType; innerType?: z.ZodType } } })._zod.def
  if ('shape' in schema) return Object.keys((schema as unknown as z.ZodObject).shape)
  if (def.type === 'pipe' && def.in) return schemaFields(def.in)
  if (def.type === 'intersection' && def.left && def.right) return [...schemaFields(def.left), ...schemaFields(def.right)]
  if (def.innerType) return schemaFields(def.innerType)
  return []
}
