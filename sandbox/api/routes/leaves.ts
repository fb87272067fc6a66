import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { z } from 'zod'
import {
  createLeaveInputSchema,
  formatLeaveDays,
  leaveBalanceQuerySchema,
  leaveFiltersSchema,
  leavePaths,
  rejectLeaveInputSchema,
  type LeaveBalanceWire,
  type LeavePolicyWire,
  type LeaveRequestWire,
} from '../../../src/contract/leaves'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import type { ApiEnv, SandboxContext } from '../../context'
import type { LeavePolicyRecord, LeaveRequestRecord } from '../../store/types'
import { apiTimestamp, paginate, success } from '../envelope'
import { ApiError, fieldError, notFound } from '../errors'
import { fullName, userById } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'
import { leavePeriodTimes, leaveTotal } from './leave-days'

const MOUNT = '/leaves'
/** A `leavePaths` entry relative to where app.ts mounts this module. */
function relative(path: string): string {
  if (!path.startsWith(MOUNT)) throw new Error(`Leave path ${path} must stay under ${MOUNT} (see src/contract/leaves.ts)`)
  return path.slice(MOUNT.length) || '/'
}

/** Balances document only `page`; the page size is fixed (assumed 20, the usual default). */
const balancePageSchema = z.object({ page: paginationQuerySchema().shape.page })

const presentPolicy = (p: LeavePolicyRecord): LeavePolicyWire => ({
  id: p.id,
  name: p.name,
  is_paid: p.isPaid ? 'yes' : 'no',
  days_per_year: p.daysPerYear,
  unit: 'days',
})

export function leaveRoutes(ctx: SandboxContext) {
  const { store } = ctx

  const policiesOf = (scope: WorkspaceScope) => store.data.leavePolicies.filter((p) => p.workspaceId === scope.workspace.id)
  const policyById = (id: number) => store.data.leavePolicies.find((p) => p.id === id)

  function present(r: LeaveRequestRecord): LeaveRequestWire {
    const policy = policyById(r.policyId)
    return {
      id: r.id,
      user_id: r.userId,
      policy_id: r.policyId,
      policy_name: policy?.name ?? null,
      status: r.status,
      note: r.note,
      is_paid: policy?.isPaid === false ? 'no' : 'yes',
      created_by: r.createdBy,
      approved_by: r.approvedBy,
      rejected_by: r.rejectedBy,
      reject_reason: r.rejectReason,
      start_date: r.startDate,
      end_date: r.endDate,
      start_time: r.startTime,
      end_time: r.endTime,
      created_on: apiTimestamp(r.createdAt),
      total: leaveTotal(r),
    }
  }

  function find(scope: WorkspaceScope, id: string): LeaveRequestRecord {
    const r = store.data.leaveRequests.find((x) => x.id === id && x.workspaceId === scope.workspace.id)
    if (!r) throw notFound('Leave request')
    return r
  }

  /** Approve and reject act on pending requests only; anything else names the current status. */
  function requirePending(r: LeaveRequestRecord) {
    if (r.status !== 'pending') {
      throw new ApiError(422, `This leave request is already ${r.status}.`, {
        error: 'Invalid leave request status',
        errors: { status: [`The leave request is ${r.status}.`] },
      })
    }
  }

  return (
    new Hono<ApiEnv>()
      // Fixed paths before the `:id` patterns.
      .on(leavePaths.balances.method, relative(leavePaths.balances.path), (c) => {
        const scope = workspaceScope(ctx, c)
        const query = parseInput(balancePageSchema.and(leaveBalanceQuerySchema), c.req.query())
        const members = store.data.memberships.filter(
          (m) => m.workspaceId === scope.workspace.id && (query.user_id ? m.userId === query.user_id : m.status === 'active' && m.role !== 'Project viewer'),
        )
        if (query.user_id && members.length === 0) throw fieldError('user_id', 'The selected user id is invalid.')
        const policies = policiesOf(scope)
        const window = { from: query.date_from, to: query.date_to }
        // Assumed rule: a policy's days per year, minus the approved leave of that policy inside the window.
        const rows: LeaveBalanceWire[] = members
          .sort((a, b) => a.userId - b.userId)
          .map((m) => ({
            user_id: m.userId,
            user_name: fullName(userById(store, m.userId)),
            leave_information: policies.map((p) => {
              const used = store.data.leaveRequests
                .filter((r) => r.userId === m.userId && r.policyId === p.id && r.status === 'approved')
                .reduce((sum, r) => sum + leaveTotal(r, window).days, 0)
              return { leave_type: p.name, balance: formatLeaveDays(p.daysPerYear - used), policy_id: p.id }
            }),
            // The sandbox's workspaces count balances per policy, so there is no single total.
            total_balance: null,
          }))
        const page = paginate(rows, { page: query.page, per_page: 20 })
        return success(c, page.data, { message: 'Leave balances retrieved successfully', pagination: page.pagination })
      })
      .on(leavePaths.policies.method, relative(leavePaths.policies.path), (c) => {
        const scope = workspaceScope(ctx, c)
        const query = parseInput(paginationQuerySchema().extend({ id: z.coerce.number().int().positive().optional() }), c.req.query())
        const rows = policiesOf(scope)
          .filter((p) => !query.id || p.id === query.id)
          .sort((a, b) => a.id - b.id)
        const page = paginate(rows, query)
        return success(c, page.data.map(presentPolicy), { message: 'Leave policies retrieved successfully', pagination: page.pagination })
      })
      .on(leavePaths.list.method, relative(leavePaths.list.path), (c) => {
        const scope = workspaceScope(ctx, c)
        const query = parseInput(paginationQuerySchema().extend(leaveFiltersSchema.shape), c.req.query())
        const rows = store.data.leaveRequests
          .filter(
            (r) =>
              r.workspaceId === scope.workspace.id &&
              (!query.id || r.id === query.id) &&
              (!query.policy_id || r.policyId === query.policy_id) &&
              (!query.is_paid || (policyById(r.policyId)?.isPaid ? 'yes' : 'no') === query.is_paid) &&
              (!query.status || r.status === query.status) &&
              (!query.user_id || r.userId === query.user_id) &&
              // Overlap with the window: a request matches when any of its days falls inside.
              (!query.date_from || r.endDate >= query.date_from) &&
              (!query.date_to || r.startDate <= query.date_to),
          )
          // Assumed order: latest leave first, then by id so pages are stable.
          .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id))
        const page = paginate(rows, query)
        return success(c, page.data.map(present), { message: 'Leave requests retrieved successfully', pagination: page.pagination })
      })
      .on(leavePaths.create.method, relative(leavePaths.create.path), (c) => {
        const scope = workspaceScope(ctx, c)
        const input = parseInput(createLeaveInputSchema, c.var.body)
        const member = store.data.memberships.find((m) => m.workspaceId === scope.workspace.id && m.userId === input.user_id && m.status === 'active')
        if (!member) throw fieldError('user_id', 'The selected user is not an active member of this workspace.')
        if (!policiesOf(scope).some((p) => p.id === input.policy_id)) throw fieldError('policy_id', 'The selected policy id is invalid.')
        const halfDay = input.leave_period ? leavePeriodTimes[input.leave_period] : null
        const times = { startTime: input.start_time ?? halfDay?.[0] ?? null, endTime: input.end_time ?? halfDay?.[1] ?? null }
        if (leaveTotal({ startDate: input.start, endDate: input.end, ...times }).days === 0) {
          throw fieldError('start', 'The leave must include at least one working day.')
        }
        // Assumed: a member cannot hold two live (pending or approved) requests on the same day.
        const clash = store.data.leaveRequests.some(
          (r) =>
            r.userId === input.user_id &&
            r.workspaceId === scope.workspace.id &&
            r.status !== 'rejected' &&
            r.startDate <= input.end &&
            r.endDate >= input.start,
        )
        if (clash) throw fieldError('start', 'The user already has a leave request on these dates.')
        store.data.leaveRequests.push({
          id: randomUUID(),
          workspaceId: scope.workspace.id,
          userId: input.user_id,
          policyId: input.policy_id,
          status: 'pending',
          note: input.reason ?? null,
          startDate: input.start,
          endDate: input.end,
          ...times,
          createdBy: c.var.caller.user.id,
          approvedBy: null,
          rejectedBy: null,
          rejectReason: null,
          createdAt: new Date().toISOString(),
        })
        store.changed()
        // Documented: 201 and no `data` member (the message text is assumed).
        return success(c, undefined, { message: 'Leave request created successfully', status: 201 })
      })
      .on(leavePaths.approve.method, relative(leavePaths.approve.path), (c) => {
        const scope = workspaceScope(ctx, c)
        const r = find(scope, c.req.param('id') ?? '')
        requirePending(r)
        r.status = 'approved'
        r.approvedBy = c.var.caller.user.id
        store.changed()
        return success(c, present(r), { message: 'Leave request approved successfully' })
      })
      .on(leavePaths.reject.method, relative(leavePaths.reject.path), (c) => {
        const scope = workspaceScope(ctx, c)
        const r = find(scope, c.req.param('id') ?? '')
        const { reason } = parseInput(rejectLeaveInputSchema, c.var.body)
        requirePending(r)
        r.status = 'rejected'
        r.rejectedBy = c.var.caller.user.id
        r.rejectReason = reason
        store.changed()
        return success(c, present(r), { message: 'Leave request rejected successfully' })
      })
  )
}
