import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import { createTimeRequestInputSchema, rejectTimeRequestInputSchema, timeRequestFiltersSchema, type TimeRequestWire } from '../../../src/contract/time-requests'
import type { ApiEnv, SandboxContext } from '../../context'
import type { TimeRequestRecord } from '../../store/types'
import { apiTimestamp, paginate, success } from '../envelope'
import { ApiError, fieldError, notFound } from '../errors'
import { localDate, userById } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

function present(r: TimeRequestRecord): TimeRequestWire {
  return {
    id: r.id,
    user_id: r.userId,
    contract_id: r.contractId,
    project_id: r.projectId,
    task_id: r.taskId,
    start: apiTimestamp(r.start),
    end: apiTimestamp(r.end),
    status: r.status,
    notes: r.notes,
    comment: r.comment,
    updated_by: r.updatedBy,
    created_at: apiTimestamp(r.createdAt),
    updated_at: apiTimestamp(r.updatedAt),
  }
}

export function timeRequestRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function find(scope: WorkspaceScope, id: string): TimeRequestRecord {
    const r = store.data.timeRequests.find((x) => x.id === id && x.workspaceId === scope.workspace.id)
    if (!r) throw notFound('Time request')
    return r
  }

  function requirePending(r: TimeRequestRecord, verb: string) {
    if (r.status !== 'pending') {
      throw new ApiError(422, `The time request cannot be ${verb} because it is already ${r.status}.`, {
        error: 'Invalid time request status',
        errors: { status: [`The time request is ${r.status}.`] },
      })
    }
  }

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema().and(timeRequestFiltersSchema), c.req.query())
      const rows = store.data.timeRequests
        .filter((r) => {
          const day = r.start.slice(0, 10)
          return (
            r.workspaceId === scope.workspace.id &&
            day >= query.date_from &&
            day <= query.date_to &&
            (!query.status || r.status === query.status) &&
            (!query.user_id || r.userId === query.user_id) &&
            (!query.project_id || r.projectId === query.project_id) &&
            (!query.id || r.id === query.id)
          )
        })
        .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id))
      const page = paginate(rows, query)
      return success(c, page.data.map(present), { message: 'Time requests retrieved successfully', pagination: page.pagination })
    })
    .post('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(createTimeRequestInputSchema, c.var.body)
      const member = store.data.memberships.find((m) => m.workspaceId === scope.workspace.id && m.userId === input.user_id && m.status === 'active')
      if (!member) throw fieldError('user_id', 'The selected user is not an active member of this workspace.')
      const contract = input.contract_id ? store.data.contracts.find((x) => x.id === input.contract_id) : undefined
      if (input.contract_id && (!contract || contract.workspaceId !== scope.workspace.id || contract.userId !== input.user_id)) {
        throw fieldError('contract_id', 'The selected contract does not belong to this member.')
      }
      if (input.task_id && !store.data.tasks.some((t) => t.id === input.task_id && t.projectId === contract?.projectId)) {
        throw fieldError('task_id', "The selected task is not in the contract's project.")
      }
      const now = new Date().toISOString()
      const record: TimeRequestRecord = {
        id: randomUUID(),
        workspaceId: scope.workspace.id,
        userId: input.user_id,
        contractId: contract?.id ?? null,
        projectId: contract?.projectId ?? null,
        taskId: input.task_id ?? null,
        start: new Date(input.start).toISOString(),
        end: new Date(input.end).toISOString(),
        // Variant A: a request always starts pending (variant B may auto-approve; not emulated).
        status: 'pending',
        notes: input.notes ?? input.activity_description ?? null,
        comment: null,
        updatedBy: null,
        createdAt: now,
        updatedAt: now,
      }
      store.data.timeRequests.push(record)
      store.changed()
      return success(c, present(record), { message: 'Time request created successfully', status: 201 })
    })
    .get('/:id', (c) => {
      const scope = workspaceScope(ctx, c)
      return success(c, present(find(scope, c.req.param('id'))), { message: 'Time request retrieved successfully' })
    })
    .post('/:id/approve', (c) => {
      const scope = workspaceScope(ctx, c)
      const r = find(scope, c.req.param('id'))
      requirePending(r, 'approved')
      r.status = 'approved'
      r.updatedBy = c.var.caller.user.id
      r.updatedAt = new Date().toISOString()
      // Approved manual time counts like tracked time everywhere (timesheets, reports, entries).
      const member = userById(store, r.userId)
      store.data.timeSpans.push({
        id: randomUUID(),
        workspaceId: r.workspaceId,
        userId: r.userId,
        contractId: r.contractId,
        projectId: r.projectId,
        taskId: r.taskId,
        start: r.start,
        end: r.end,
        date: localDate(new Date(r.start), member.timezone),
        activity: 0,
        description: r.notes,
        method: 'manual',
      })
      store.spansChanged()
      return success(c, present(r), { message: 'Time request approved successfully' })
    })
    .post('/:id/reject', (c) => {
      const scope = workspaceScope(ctx, c)
      const { comment } = parseInput(rejectTimeRequestInputSchema, c.var.body)
      const r = find(scope, c.req.param('id'))
      requirePending(r, 'rejected')
      r.status = 'rejected'
      r.comment = comment
      r.updatedBy = c.var.caller.user.id
      r.updatedAt = new Date().toISOString()
      store.changed()
      return success(c, present(r), { message: 'Time request rejected successfully' })
    })
}
