import { http, HttpResponse, type JsonBodyType } from 'msw'
import { configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { addDays } from '@/contract/calendar'
import type { ContractWire } from '@/contract/contracts'
import type { ExpenseWire } from '@/contract/expenses'
import type { LeaveRequestWire } from '@/contract/leaves'
import type { TimelineUserWire, TrackedHoursReportWire } from '@/contract/reports'
import type { TimeRequestWire } from '@/contract/time-requests'
import type { TimesheetWire } from '@/contract/timesheets'
import { envelope, errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'

// Home's API for its card tests: a small workspace on Wednesday 2 December 2026 at 10:00 (the
// viewer's clock), every read Home makes answered from it. A test swaps one answer with `answer`.

export const NOW = new Date(2026, 11, 2, 10, 0)
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString()

export const members = [
  member({ id: 1, firstname: 'Ava', lastname: 'Owens', email: 'ava@acme.test', current_role: 'Owner' }),
  member({ id: 2, firstname: 'Ben', lastname: 'Stone', email: 'ben@acme.test' }),
  member({ id: 3, firstname: 'Cleo', lastname: 'Park', email: 'cleo@acme.test', status: 'inactive' }),
  member({ id: 4, firstname: 'Dan', lastname: 'Roe', email: 'dan@acme.test', status: 'unknown' }),
]

const contract = (id: number, userId: number, projectId: number, projectName: string, limit: number): ContractWire => {
  const m = members.find((x) => x.id === userId)!
  return {
    id,
    project_id: projectId,
    project_name: projectName,
    user_id: userId,
    user_firstname: m.firstname,
    user_lastname: m.lastname,
    user_email: m.email,
    weekly_hours_limit: limit,
    currency: 'USD',
    status: 'active',
  }
}
export const contracts = [
  contract(10, 2, 50, 'Website', 10),
  contract(11, 1, 51, 'Brand Refresh', 40),
  contract(12, 1, 52, 'Support', 8),
  contract(13, 2, 51, 'Brand Refresh', 168),
]

const day = (rows: [userId: number, contractId: number, minutes: number][]) => ({
  users: rows.map(([user_id, contract_id, total_minutes]) => ({
    user_id,
    contract_id,
    project_id: contracts.find((c) => c.id === contract_id)!.project_id,
    total_minutes,
  })),
})
/**
 * Monday 11h on Website (limit 10: over), 5h on Support by Tuesday (limit 8: at this pace ≈ 10.4 h
 * by Friday), Brand Refresh well within its 40.
 */
export const thisWeek: TrackedHoursReportWire = {
  report_type: 'tracked_hours',
  start_date: '2026-11-30',
  end_date: '2026-12-06',
  total: { total_minutes: 1560 },
  '2026-11-30': day([
    [2, 10, 360],
    [1, 12, 180],
    [1, 11, 240],
  ]),
  '2026-12-01': day([
    [2, 10, 300],
    [1, 12, 120],
  ]),
  '2026-12-02': day([[1, 11, 360]]),
}
export const lastWeek: TrackedHoursReportWire = {
  report_type: 'tracked_hours',
  start_date: '2026-11-23',
  end_date: '2026-11-29',
  total: { total_minutes: 2400 },
  '2026-11-23': day([[2, 10, 480]]),
  '2026-11-24': day([[2, 10, 480]]),
  '2026-11-25': day([[1, 11, 480]]),
  '2026-11-26': day([[1, 11, 480]]),
  '2026-11-27': day([[1, 11, 480]]),
}

const timesheet = (id: string, userId: number, status: string, from: string, submittedOn: string | null, withMember = true): TimesheetWire => {
  const m = members.find((x) => x.id === userId)!
  return {
    id,
    user_id: userId,
    ...(withMember && { member: { id: userId, firstname: m.firstname, lastname: m.lastname, email: m.email } }),
    date_from: from,
    date_to: addDays(from, 6),
    total_minutes: 600,
    submitted_on: submittedOn,
    status,
    created_at: at(20, 9),
  }
}
/** Waiting since 25 November 09:00: seven whole days by Wednesday 10:00. */
export const submittedTimesheets = [timesheet('ts-1', 1, 'submitted', '2026-11-16', at(25, 9)), timesheet('ts-2', 2, 'submitted', '2026-11-23', at(29, 9))]
/** Last week, still open: one with its member (variant B), one without (variant A names none). */
export const openTimesheets = [timesheet('ts-3', 2, 'pending', '2026-11-23', null), timesheet('ts-4', 4, 'open', '2026-11-23', null, false)]
export const pendingTimeRequests: TimeRequestWire[] = [
  { id: 'tr-1', user_id: 2, contract_id: 10, start: at(30, 9), end: at(30, 11), status: 'pending', created_at: new Date(2026, 11, 1, 8).toISOString() },
]
export const pendingLeaves: LeaveRequestWire[] = []
export const approvedLeaves: LeaveRequestWire[] = [
  { id: 'lv-1', user_id: 3, policy_name: 'Vacation', status: 'approved', start_date: '2026-12-04', end_date: '2026-12-08' },
  // Started before today: already away, not "away soon".
  { id: 'lv-2', user_id: 2, policy_name: 'Sick leave', status: 'approved', start_date: '2026-11-30', end_date: '2026-12-03' },
]
export const expenses: ExpenseWire[] = [
  { id: 'ex-1', expense_name: 'Train', amount: 100, type: 'billable', expense_date: 'Dec 01, 2026' },
  { id: 'ex-2', expense_name: 'Lunch', amount: 54.16, type: 'non-billable', expense_date: 'Dec 02, 2026' },
]
/** Ava's desktop session uploaded five minutes ago: working now. Ben stopped at 08:00. */
/** A timeline row names its member (the person fields sit beside the row's own). */
type TimelineUserAnswer = TimelineUserWire & { name: string }
export const timelineUsers: TimelineUserAnswer[] = [
  {
    user_id: 1,
    name: 'Ava Owens',
    entries: [
      {
        start: new Date(2026, 11, 2, 8).toISOString(),
        end: new Date(2026, 11, 2, 9, 55).toISOString(),
        project_name: 'Brand Refresh',
        task_name: 'Logo',
        tracking_method: 'desktop',
      },
    ],
  },
  {
    user_id: 2,
    name: 'Ben Stone',
    entries: [
      { start: new Date(2026, 11, 2, 7).toISOString(), end: new Date(2026, 11, 2, 8).toISOString(), project_name: 'Website', tracking_method: 'desktop' },
    ],
  },
]
/** The daily-timeline answer for `users` (one page). */
export const timelineAnswer = (users: TimelineUserAnswer[]) => () =>
  HttpResponse.json({ ...envelope({ report_type: 'daily_timeline', date: '2026-12-02', users }), meta: listEnvelope(users).meta })

/** Each answer Home asks for, by name; a test replaces one with `answer`. */
export type HomeRead =
  'contracts' | 'thisWeek' | 'lastWeek' | 'submitted' | 'open' | 'timeRequests' | 'pendingLeaves' | 'approvedLeaves' | 'expenses' | 'timeline'
type Answer = () => Response | Promise<Response>

const json = (body: JsonBodyType) => () => HttpResponse.json(body)
export const failure =
  (message = 'WebWork is down for maintenance.') =>
  () =>
    HttpResponse.json(errorEnvelope(message), { status: 503 })
const query = (request: Request) => new URL(request.url).searchParams

/** The handlers for every read, with some answers replaced. */
export function homeApi(answers: Partial<Record<HomeRead, Answer>> = {}) {
  const list =
    <T>(rows: T[]) =>
    (request: Request) =>
      HttpResponse.json(listEnvelope(rows, Number(query(request).get('page') ?? 1), Number(query(request).get('per_page') ?? 20)))
  const read = (name: HomeRead, fallback: (request: Request) => Response) => (request: Request) => (answers[name] ?? (() => fallback(request)))()
  return [
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope(members))),
    http.get(`${TEST_API}/contracts`, ({ request }) => read('contracts', list(contracts))(request)),
    http.get(`${TEST_API}/reports/tracked-hours`, ({ request }) =>
      query(request).get('start_date') === '2026-11-30'
        ? read('thisWeek', json(envelope(thisWeek)))(request)
        : read('lastWeek', json(envelope(lastWeek)))(request),
    ),
    http.get(`${TEST_API}/reports/daily-timeline`, ({ request }) => read('timeline', timelineAnswer(timelineUsers))(request)),
    http.get(`${TEST_API}/timesheets`, ({ request }) =>
      query(request).get('status') === 'submitted' ? read('submitted', list(submittedTimesheets))(request) : read('open', list(openTimesheets))(request),
    ),
    http.get(`${TEST_API}/time-requests`, ({ request }) => read('timeRequests', list(pendingTimeRequests))(request)),
    http.get(`${TEST_API}/leaves`, ({ request }) =>
      query(request).get('status') === 'pending' ? read('pendingLeaves', list(pendingLeaves))(request) : read('approvedLeaves', list(approvedLeaves))(request),
    ),
    http.get(`${TEST_API}/expenses`, ({ request }) => read('expenses', list(expenses))(request)),
  ]
}

/** An answer held back until `release` is called: the card's loading state can be looked at. */
export function heldAnswer(then: Answer) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  return { answer: async () => (await released, then()), release }
}
export const emptyList = () => () => HttpResponse.json(listEnvelope([]))

/** A test file's set-up: the fake API on, and the clock at NOW (only `Date`: timers run as usual). */
export function withHomeApi() {
  // Six cards take jsdom about a second to render, more on a busy machine: the default wait of
  // one second (renderRoute's, and every findBy) would make the tests flaky, not stricter.
  configure({ asyncUtilTimeout: 5_000 })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    server.resetHandlers()
    vi.useRealTimers()
  })
  afterAll(() => server.close())
}
