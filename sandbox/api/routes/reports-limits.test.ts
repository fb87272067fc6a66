import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { dailyAttendanceEnvelopeSchema, dailyTimelineEnvelopeSchema, taskReportEnvelopeSchema } from '../../../src/contract/reports'
import { addDays, shiftYears, todayUtc } from '../../../src/contract/calendar'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'
import { TRACKED_HOURS_MAX_DAYS } from './reports/tracked-hours'

// The documented limits of the report endpoints and the 422s that enforce them: single dates,
// ranges of at most 31 days, the daily timeline's one-year window, and paging over users.

let sandbox: RunningSandbox
let acme: number
const today = todayUtc()

beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, seedDate: today })
  const workspaces = (await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
})
afterAll(() => sandbox.close())

const get = (path: string, token = DEMO_OWNER_PAT) => api(sandbox.origin, `/reports/${path}&workspace_id=${acme}`, { token })
/** The 422's field messages. */
async function rejected(path: string) {
  const response = await get(path)
  expect(response.status, JSON.stringify(response.body)).toBe(422)
  return errorEnvelopeSchema.parse(response.body).errors!
}
const range = (days: number, end = addDays(today, -1)) => `start_date=${addDays(end, 1 - days)}&end_date=${end}`
const capped = ['task-report', 'activity-level', 'activity-descriptions']

describe('report limits', () => {
  it('single-date reports require a valid date', async () => {
    for (const name of ['daily-timeline', 'daily-attendance']) {
      expect((await rejected(`${name}?per_page=5`)).date).toEqual(['The date field is required.'])
      expect((await rejected(`${name}?date=2026-02-30`)).date).toEqual(['The date must be a valid date in the format YYYY-MM-DD.'])
    }
  })

  it('the daily timeline accepts dates from a year ago to a year ahead', async () => {
    const outside = 'The date must be within the past year and at most one year ahead.'
    expect((await rejected(`daily-timeline?date=${addDays(shiftYears(today, -1), -1)}`)).date).toEqual([outside])
    expect((await rejected(`daily-timeline?date=${addDays(shiftYears(today, 1), 1)}`)).date).toEqual([outside])
    for (const date of [shiftYears(today, -1), shiftYears(today, 1)]) {
      expect((await get(`daily-timeline?date=${date}`)).status).toBe(200)
    }
  })

  it('ranged reports take at most 31 days, counted inclusively, and need both dates', async () => {
    for (const name of capped) {
      expect((await get(`${name}?${range(31)}`)).status).toBe(200)
      expect((await rejected(`${name}?${range(32)}`)).end_date).toEqual(['The range may not exceed 31 days.'])
      expect(await rejected(`${name}?per_page=5`)).toMatchObject({
        start_date: ['The start date field is required.'],
        end_date: ['The end date field is required.'],
      })
      const backwards = `start_date=${today}&end_date=${addDays(today, -1)}`
      expect((await rejected(`${name}?${backwards}`)).end_date).toEqual(['The end date must be a date after or equal to start date.'])
    }
  })

  it('tracked hours is capped at 31 days only with user_id', async () => {
    const owner = sandbox.store.data.workspaces.find((w) => w.id === acme)!.ownerId
    expect((await get(`tracked-hours?${range(60)}`)).status).toBe(200)
    expect((await get(`tracked-hours?${range(31)}&user_id=${owner}`)).status).toBe(200)
    expect((await rejected(`tracked-hours?${range(32)}&user_id=${owner}`)).end_date).toEqual(['The range may not exceed 31 days.'])
  })

  it('tracked hours without user_id is capped at ten years: every date of the range is a key of the answer', async () => {
    expect((await get(`tracked-hours?${range(TRACKED_HOURS_MAX_DAYS)}`)).status).toBe(200)
    expect((await rejected(`tracked-hours?${range(TRACKED_HOURS_MAX_DAYS + 1)}`)).end_date).toEqual([
      `The range may not exceed ${TRACKED_HOURS_MAX_DAYS} days.`,
    ])
    // Before the cap this answered 200 after a minute, with a key for each of ~2.9 million days.
    expect((await rejected(`tracked-hours?start_date=${today}&end_date=9999-12-31`)).end_date).toEqual([
      `The range may not exceed ${TRACKED_HOURS_MAX_DAYS} days.`,
    ])
  })

  it('reports every problem of a request at once, with field messages', async () => {
    const errors = await rejected(`task-report?${range(40)}&users=1,x&per_page=101&include_no_task=maybe`)
    expect(errors).toEqual({
      users: ['The users must be a list of integer ids.'],
      per_page: ['The per page field must not be greater than 100.'],
      include_no_task: ['The include no task field must be true or false.'],
      end_date: ['The range may not exceed 31 days.'],
    })
    expect((await rejected(`daily-attendance?date=${today}&status=late,asleep`)).status).toEqual([
      'The status must be a list of: late, left_early, tracked_less, absent, on_leave.',
    ])
    expect((await rejected(`activity-level?${range(7)}&contract_id=abc`)).contract_id).toEqual(['The contract id must be an integer.'])
  })

  it('needs a workspace the caller may report on', async () => {
    expect((await api(sandbox.origin, `/reports/daily-attendance?date=${today}`, { token: DEMO_OWNER_PAT })).status).toBe(422)
    expect((await api(sandbox.origin, `/reports/daily-attendance?date=${today}&workspace_id=999999`, { token: DEMO_OWNER_PAT })).status).toBe(404)
    const member = (await signIn(sandbox.origin, 'member@demo.test')).access_token
    expect((await get(`daily-attendance?date=${today}`, member)).status).toBe(403)
  })
})

describe('paging over users', () => {
  it('pages 30 users by default and 100 at most, in name order, without gaps or repeats', async () => {
    const first = dailyAttendanceEnvelopeSchema.parse((await get(`daily-attendance?date=${today}`)).body)
    expect(first.pagination!.per_page).toBe(30)
    const all = dailyAttendanceEnvelopeSchema.parse((await get(`daily-attendance?date=${today}&per_page=100`)).body)
    const ids = all.data.users.map((u) => u.user_id)
    expect(all.pagination!.total).toBe(ids.length)
    const names = all.data.users.map((u) => u.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    const paged: number[] = []
    for (let page = 1; page <= Math.ceil(ids.length / 7); page++) {
      const body = dailyAttendanceEnvelopeSchema.parse((await get(`daily-attendance?date=${today}&per_page=7&page=${page}`)).body)
      expect(body.pagination).toMatchObject({ current_page: page, per_page: 7, total: ids.length })
      paged.push(...body.data.users.map((u) => u.user_id))
    }
    expect(paged).toEqual(ids)
    expect((await rejected(`daily-attendance?date=${today}&per_page=101`)).per_page).toEqual(['The per page field must not be greater than 100.'])
  })

  it('lists the members a filter names, even those who tracked nothing', async () => {
    const timeline = dailyTimelineEnvelopeSchema.parse((await get(`daily-timeline?date=${addDays(today, -1)}&per_page=100`)).body)
    const ids = timeline.data.users.slice(0, 3).map((u) => u.user_id)
    const filtered = taskReportEnvelopeSchema.parse((await get(`task-report?${range(7)}&users=${ids.join(',')}`)).body)
    expect(filtered.data.users.map((u) => u.user_id).sort()).toEqual([...ids].sort())
    const viewer = sandbox.store.data.memberships.find((m) => m.workspaceId === acme && m.role === 'Project viewer')!
    const named = taskReportEnvelopeSchema.parse((await get(`task-report?${range(7)}&users[]=${viewer.userId}`)).body)
    expect(named.data.users).toMatchObject([{ user_id: viewer.userId, total_minutes: 0, tasks_breakdown: [] }])
  })
})
