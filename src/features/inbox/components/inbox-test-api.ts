import { http, HttpResponse } from 'msw'
import type { ContractWire } from '@/contract/contracts'
import type { LeaveRequestWire } from '@/contract/leaves'
import type { TimeEntryWire } from '@/contract/time-entries'
import type { TimeRequestWire } from '@/contract/time-requests'
import type { TimesheetWire } from '@/contract/timesheets'
import { envelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'

// A small workspace for the inbox's component tests, answered by MSW: its queues, the context
// reads, and approvals (an approved item leaves its queue, so the re-read agrees). Every request is
// logged (path and query) so tests can count what a page cost.

export const WEEK = { from: '2026-11-16', to: '2026-11-22' }

/** A submitted timesheet of member `userId` with `minutes` per day on `contractId`. */
export function submittedTimesheet(id: string, userId: number, days: Record<string, number>, contractId = 10 + userId): TimesheetWire {
  return {
    id,
    user_id: userId,
    member: { id: userId, name: `Member ${userId}` },
    status: 'submitted',
    date_from: WEEK.from,
    date_to: WEEK.to,
    total_minutes: Object.values(days).reduce((a, b) => a + b, 0),
    daily_breakdown: Object.fromEntries(
      Object.entries(days).map(([date, total_minutes]) => [date, [{ project_id: 1, project_name: 'Site', contract_id: contractId, total_minutes }]]),
    ),
    submitted_on: `${WEEK.to}T18:00:00Z`,
  }
}

export const contract = (userId: number, weeklyHoursLimit: number, id = 10 + userId): ContractWire => ({
  id,
  project_id: 1,
  project_name: 'Site',
  user_id: userId,
  weekly_hours_limit: weeklyHoursLimit,
})

export interface InboxData {
  timesheets?: TimesheetWire[]
  timeRequests?: TimeRequestWire[]
  contracts?: ContractWire[]
  approvedLeaves?: LeaveRequestWire[]
  entries?: TimeEntryWire[]
  /** Minutes per contract on each day of the week report. */
  weekMinutes?: Record<number, number>
  /** Held until the test resolves it: the workspace's contract list answers late. */
  contractsGate?: Promise<void>
}

export function serveInbox(data: InboxData) {
  const calls: string[] = []
  const approved = new Set<string>()
  const log = (request: Request) => {
    const url = new URL(request.url)
    calls.push(`${request.method} ${url.pathname.replace('/api/v2', '')}${url.search}`)
  }
  const pending = <T extends { id: string | number }>(rows: T[] = []) => rows.filter((r) => !approved.has(String(r.id)))
  server.use(
    http.all(`${TEST_API}/*`, ({ request }) => void log(request)),
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    http.get(`${TEST_API}/members`, () =>
      HttpResponse.json(listEnvelope([1, 2, 3, 4, 5, 6].map((id) => member({ id, firstname: 'Member', lastname: String(id), timezone: 'UTC' })))),
    ),
    http.get(`${TEST_API}/timesheets`, () => HttpResponse.json(listEnvelope(pending(data.timesheets)))),
    http.get(`${TEST_API}/time-requests`, () => HttpResponse.json(listEnvelope(pending(data.timeRequests)))),
    http.get(`${TEST_API}/leaves`, ({ request }) =>
      HttpResponse.json(listEnvelope(new URL(request.url).searchParams.get('status') === 'approved' ? (data.approvedLeaves ?? []) : [])),
    ),
    http.get(`${TEST_API}/contracts`, async ({ request }) => {
      const userId = Number(new URL(request.url).searchParams.get('user_id'))
      if (!userId) await data.contractsGate
      return HttpResponse.json(listEnvelope((data.contracts ?? []).filter((c) => !userId || c.user_id === userId)))
    }),
    http.get(`${TEST_API}/time-entries`, () => HttpResponse.json(listEnvelope(data.entries ?? []))),
    http.get(`${TEST_API}/reports/tracked-hours`, ({ request }) => {
      const params = new URL(request.url).searchParams
      const day = params.get('start_date')!
      const users = Object.entries(data.weekMinutes ?? {}).map(([contractId, total_minutes]) => ({
        user_id: 1,
        project_id: 1,
        contract_id: Number(contractId),
        total_minutes,
      }))
      const total = { total_minutes: users.reduce((sum, u) => sum + u.total_minutes, 0) }
      return HttpResponse.json(envelope({ report_type: 'tracked_hours', start_date: day, end_date: params.get('end_date'), total, [day]: { users } }))
    }),
    http.put(`${TEST_API}/timesheets/:id/approve`, ({ params }) => {
      approved.add(String(params.id))
      return HttpResponse.json(envelope(null))
    }),
  )
  return { calls, approved }
}
