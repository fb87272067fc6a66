import { Hono } from 'hono'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import { rejectTimesheetInputSchema, timesheetFiltersSchema, type TimesheetWire, type TimesheetAction } from '../../../src/contract/timesheets'
import type { ApiEnv, SandboxContext } from '../../context'
import type { TimesheetRecord, TimesheetStatus } from '../../store/types'
import { apiTimestamp, paginate, success } from '../envelope'
import { ApiError, notFound } from '../errors'
import { fullName, messageClock, userById } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

/** One project's day in `daily_breakdown`, as this sandbox writes it. */
type BreakdownEntry = { project_id: number | null; project_name: string | null; contract_id: number | null; total_minutes: number; total_amount?: number }

/** Which status each action needs, and where it leads (seeds/000). */
const transitions: Record<TimesheetAction, { from: readonly TimesheetStatus[]; to: TimesheetStatus; verb: string }> = {
  approve: { from: ['submitted'], to: 'approved', verb: 'approved' },
  reject: { from: ['submitted'], to: 'rejected', verb: 'rejected' },
  submit: { from: ['pending', 'rejected'], to: 'submitted', verb: 'submitted' },
  // Assumed: only a submitted timesheet can be unsubmitted (an approved one stays approved).
  unsubmit: { from: ['submitted'], to: 'pending', verb: 'unsubmitted' },
}

export function timesheetRoutes(ctx: SandboxContext) {
  const { store } = ctx

  /** Contracts and projects by id, built once per request rather than once per timesheet. */
  const lookups = () => ({
    contracts: new Map(store.data.contracts.map((c) => [c.id, c])),
    projects: new Map(store.data.projects.map((p) => [p.id, p])),
  })

  function present(t: TimesheetRecord, scope: WorkspaceScope, { contracts, projects }: ReturnType<typeof lookups>): TimesheetWire {
    const user = userById(store, t.userId)
    const daily: Record<string, BreakdownEntry[]> = {}
    let totalMinutes = 0
    let totalAmount = 0
    for (const span of store.spansOf(t.userId)) {
      if (span.workspaceId !== t.workspaceId || span.date < t.dateFrom || span.date > t.dateTo) continue
      const minutes = Math.round((Date.parse(span.end) - Date.parse(span.start)) / 60_000)
      const project = span.projectId === null ? undefined : projects.get(span.projectId)
      const contract = span.contractId === null ? undefined : contracts.get(span.contractId)
      const day = (daily[span.date] ??= [])
      let entry = day.find((e) => e.contract_id === span.contractId)
      if (!entry) {
        entry = { project_id: span.projectId, project_name: project?.name ?? null, contract_id: span.contractId, total_minutes: 0 }
        day.push(entry)
      }
      entry.total_minutes += minutes
      totalMinutes += minutes
      // Amounts only where rates may be seen, and only for billable projects.
      if (scope.canSeeRates && contract && project?.isBillable) {
        const amount = (minutes / 60) * contract.rate
        entry.total_amount = round2((entry.total_amount ?? 0) + amount)
        totalAmount += amount
      }
    }
    return {
      id: t.id,
      user_id: t.userId,
      member: { id: user.id, firstname: user.firstname, lastname: user.lastname, email: user.email },
      date_from: t.dateFrom,
      date_to: t.dateTo,
      total_minutes: totalMinutes,
      submitted_on: t.submittedOn && apiTimestamp(t.submittedOn),
      reject_reason: t.rejectReason,
      status: t.status,
      daily_breakdown: Object.fromEntries(Object.entries(daily).sort(([a], [b]) => a.localeCompare(b))),
      ...(scope.canSeeRates ? { total_amount: round2(totalAmount) } : {}),
      created_at: apiTimestamp(t.createdAt),
      updated_at: apiTimestamp(t.updatedAt),
    }
  }

  const app = new Hono<ApiEnv>().get('/', (c) => {
    const scope = workspaceScope(ctx, c)
    const query = parseInput(paginationQuerySchema().extend(timesheetFiltersSchema.shape), c.req.query())
    // `open` is variant A's word for `pending`.
    const status = query.status === 'open' ? 'pending' : query.status
    const direction = query.order_by === 'asc' ? 1 : -1
    const rows = store.data.timesheets
      .filter(
        (t) =>
          t.workspaceId === scope.workspace.id &&
          (!query.id || t.id === query.id) &&
          (!status || t.status === status) &&
          (!query.user_id || t.userId === query.user_id) &&
          // Assumed reading of the docs: date_from bounds the period's start, date_to its end.
          (!query.date_from || t.dateFrom >= query.date_from) &&
          (!query.date_to || t.dateTo <= query.date_to),
      )
      .sort((a, b) => direction * (a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)))
    const page = paginate(rows, query)
    const lookup = lookups()
    return success(
      c,
      page.data.map((t) => present(t, scope, lookup)),
      {
        message: 'Timesheets retrieved successfully',
        pagination: page.pagination,
      },
    )
  })

  for (const action of Object.keys(transitions) as TimesheetAction[]) {
    app.put(`/:timesheetId/${action}`, (c) => {
      const scope = workspaceScope(ctx, c)
      const reason = action === 'reject' ? parseInput(rejectTimesheetInputSchema, c.var.body).reason : undefined
      const t = store.data.timesheets.find((x) => x.id === c.req.param('timesheetId') && x.workspaceId === scope.workspace.id)
      if (!t) throw notFound('Timesheet')
      const rule = transitions[action]
      if (!rule.from.includes(t.status)) {
        throw new ApiError(422, `The timesheet cannot be ${rule.verb} because its status is ${t.status}; it must be ${rule.from.join(' or ')}.`, {
          error: 'Invalid timesheet status',
          errors: { status: [`The timesheet is ${t.status}.`] },
        })
      }
      const now = new Date()
      const actor = c.var.caller.user
      t.status = rule.to
      t.updatedAt = now.toISOString()
      if (action === 'submit') {
        t.submittedOn = now.toISOString()
        t.rejectReason = null
      }
      if (action === 'approve' || action === 'reject') {
        t.decidedBy = actor.id
        t.decidedAt = now.toISOString()
      }
      if (action === 'reject') t.rejectReason = reason!
      if (action === 'unsubmit') t.submittedOn = null
      store.changed()
      const member = userById(store, t.userId)
      const message =
        `Timesheet ${rule.verb} by ${fullName(actor)} at ${messageClock(now)} | Member: ${fullName(member)} | ` +
        `Period: ${t.dateFrom} to ${t.dateTo}${reason ? ` | Reason: ${reason}` : ''}`
      return success(
        c,
        {
          id: t.id,
          status: t.status,
          user_id: member.id,
          user_name: fullName(member),
          user_email: member.email,
          date_from: t.dateFrom,
          date_to: t.dateTo,
        },
        { message },
      )
    })
  }
  return app
}

const round2 = (n: number) => Math.round(n * 100) / 100
