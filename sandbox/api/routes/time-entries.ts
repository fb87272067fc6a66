import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import {
  createTimeEntryInputSchema,
  timeEntryListQuerySchema,
  updateTimeEntryInputSchema,
  type CreatedTimeEntryWire,
  type TimeEntryWire,
} from '../../../src/contract/time-entries'
import type { ApiEnv, SandboxContext } from '../../context'
import { runningTrackerOf, spanSeconds } from '../../live/trackers'
import { localToUtc, parseDay } from '../../seed/calendar'
import type { TimeSpanRecord } from '../../store/types'
import { paginate, success } from '../envelope'
import { fieldError, notFound } from '../errors'
import { userById } from '../people'
import { contractOf, memberOf, taskOf } from '../time-rules'
import { parseInput } from '../validate'
import { weeklyRoom } from '../weekly-limits'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

/** The docs' method names; API trackers count as web trackers (assumed: the docs name no API method). */
export const methodLabels: Record<TimeSpanRecord['method'], string> = {
  desktop: 'Desktop tracker',
  web: 'Web tracker',
  api: 'Web tracker',
  manual: 'Manually added time',
}

const utcInstant = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** `HH:mm` of `instant` on the member's clock. */
function localClock(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
}

export function timeEntryRoutes(ctx: SandboxContext) {
  const { store, clock } = ctx

  function present(span: TimeSpanRecord): TimeEntryWire {
    const project = span.projectId === null ? undefined : store.data.projects.find((p) => p.id === span.projectId)
    const task = span.taskId === null ? undefined : store.data.tasks.find((t) => t.id === span.taskId)
    return {
      id: span.id,
      user_id: span.userId,
      contract_id: span.contractId,
      project_id: span.projectId,
      project_name: project?.name ?? null,
      task_id: span.taskId,
      task_title: task?.title ?? null,
      activity_description: span.description,
      method: methodLabels[span.method],
      date: span.date,
      start_time: utcInstant(span.start),
      end_time: utcInstant(span.end),
      duration_minutes: Math.round(spanSeconds(span) / 60),
    }
  }

  function find(scope: WorkspaceScope, id: string): TimeSpanRecord {
    const span = store.data.timeSpans.find((s) => s.id === id && s.workspaceId === scope.workspace.id)
    if (!span) throw notFound('Time entry')
    return span
  }

  /**
   * A stretch must be in the past and must not overlap the member's other time in any workspace,
   * the running tracker included (a person works in one place at a time). Overlap is refused
   * whole (422) rather than saved in part.
   */
  function assertFree(userId: number, timeZone: string, from: number, to: number, except?: string): void {
    const now = clock.now().getTime()
    if (to > now) throw fieldError('end_time', 'The end time may not be in the future.')
    const running = runningTrackerOf(store, userId)
    const clash =
      store.spansOf(userId).find((s) => s.id !== except && Date.parse(s.start) < to && from < Date.parse(s.end)) ??
      (running && Date.parse(running.startedAt) < to ? { start: running.startedAt, end: new Date(now).toISOString() } : undefined)
    if (clash) {
      const at = `${localClock(Date.parse(clash.start), timeZone)}–${localClock(Date.parse(clash.end), timeZone)}`
      throw fieldError('start_time', `The time entry overlaps time already tracked (${at}).`)
    }
  }

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(timeEntryListQuerySchema, c.req.query())
      memberOf(ctx, scope, query.user_id)
      // Running trackers are not entries until they stop (current-data shows them).
      const rows = store
        .spansOf(query.user_id)
        .filter(
          (s) =>
            s.workspaceId === scope.workspace.id &&
            s.date === query.date &&
            (!query.project_id || s.projectId === query.project_id) &&
            (!query.task_id || s.taskId === query.task_id),
        )
      const page = paginate(rows, query)
      return success(c, page.data.map(present), { message: 'Time entries retrieved successfully', pagination: page.pagination })
    })
    .post('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(createTimeEntryInputSchema, c.var.body)
      const membership = memberOf(ctx, scope, input.user_id, true)
      const contract = input.contract_id ? contractOf(ctx, scope, input.user_id, input.contract_id, false) : undefined
      const task = contract && input.task_id ? taskOf(ctx, contract, input.task_id) : undefined
      const timeZone = userById(store, input.user_id).timezone ?? 'UTC'
      const day = parseDay(input.date)
      const from = localToUtc(timeZone, day, minutesOf(input.start_time))
      const asked = localToUtc(timeZone, day, minutesOf(input.end_time))
      assertFree(input.user_id, timeZone, from, asked)
      const requested = Math.round((asked - from) / 60_000)
      const room = weeklyRoom(store, membership, contract, input.date)
      if (room.minutes === 0) throw fieldError('end_time', `No time was saved: ${room.reason} is reached.`)
      const saved = Math.min(requested, room.minutes)
      const span: TimeSpanRecord = {
        id: randomUUID(),
        workspaceId: scope.workspace.id,
        userId: input.user_id,
        contractId: contract?.id ?? null,
        projectId: contract?.projectId ?? null,
        taskId: task?.id ?? null,
        start: new Date(from).toISOString(),
        end: new Date(from + saved * 60_000).toISOString(),
        date: input.date,
        activity: 0,
        description: (input.activity_description ?? input.notes)?.trim() || null,
        method: 'manual',
      }
      store.data.timeSpans.push(span)
      store.spansChanged()
      const message =
        saved < requested ? `Time entry saved partially: ${saved} of ${requested} minutes, because ${room.reason} is reached.` : 'Time entry added successfully'
      const data: TimeEntryWire & CreatedTimeEntryWire = { ...present(span), requested_minutes: requested, saved_minutes: saved }
      return success(c, data, { message, status: 201 })
    })
    .put('/:id', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(updateTimeEntryInputSchema, c.var.body)
      const span = find(scope, c.req.param('id'))
      const timeZone = userById(store, span.userId).timezone ?? 'UTC'
      let contract = span.contractId === null ? undefined : store.data.contracts.find((x) => x.id === span.contractId)
      if (input.contract_id !== undefined) contract = input.contract_id === null ? undefined : contractOf(ctx, scope, span.userId, input.contract_id, false)
      let taskId = span.taskId
      if (input.task_id !== undefined) {
        if (input.task_id !== null && !contract) throw fieldError('task_id', 'The task id field requires a contract id.')
        taskId = input.task_id === null ? null : taskOf(ctx, contract!, input.task_id).id
      } else if (taskId !== null && store.data.tasks.find((t) => t.id === taskId)?.projectId !== contract?.projectId) {
        taskId = null // a new contract's project does not have the old task
      }
      // One of start/end alone keeps the other, on the member's clock, on the (new) date.
      const date = input.date ?? span.date
      const start = input.start_time ?? localClock(Date.parse(span.start), timeZone)
      const end = input.end_time ?? localClock(Date.parse(span.end), timeZone)
      if (end <= start) throw fieldError('end_time', 'The end time must be a time after start time.')
      const from = localToUtc(timeZone, parseDay(date), minutesOf(start))
      const to = localToUtc(timeZone, parseDay(date), minutesOf(end))
      assertFree(span.userId, timeZone, from, to, span.id)
      Object.assign(span, {
        contractId: contract?.id ?? null,
        projectId: contract?.projectId ?? null,
        taskId,
        date,
        start: new Date(from).toISOString(),
        end: new Date(to).toISOString(),
      })
      const text = input.activity_description !== undefined ? input.activity_description : input.notes
      if (text !== undefined) span.description = text?.trim() || null
      store.spansChanged()
      return success(c, present(span), { message: 'Time entry updated successfully' })
    })
    .delete('/:id', (c) => {
      const scope = workspaceScope(ctx, c)
      const span = find(scope, c.req.param('id'))
      store.data.timeSpans = store.data.timeSpans.filter((s) => s !== span)
      store.spansChanged()
      return success(c, null, { message: 'Time entry deleted successfully' })
    })
}
