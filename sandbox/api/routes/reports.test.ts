import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  activityDescriptionsEnvelopeSchema,
  activityLevelEnvelopeSchema,
  dailyAttendanceEnvelopeSchema,
  dailyTimelineEnvelopeSchema,
  taskReportEnvelopeSchema,
  trackedHoursDays,
  trackedHoursEnvelopeSchema,
  type TrackedHoursReport,
} from '../../../src/contract/reports'
import { addDays, datesBetween, mondayOf, todayUtc } from '../../../src/contract/calendar'
import { timesheetListSchema } from '../../../src/contract/timesheets'
import type { Money } from '../../../src/contract/wire'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'

// Reports are computed from the same spans as timesheets, so each report is checked against
// timesheets or against another report. The seed is anchored on the real today, because the
// daily-timeline window and tracked-hours' default week are relative to it.

let sandbox: RunningSandbox
let acme: number
let managerToken: string
const today = todayUtc()
/** The last weekday before today: a full day of tracked time. */
const day = [1, 2, 3].map((n) => addDays(today, -n)).find((d) => new Date(d).getUTCDay() % 6 !== 0)!

beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, seedDate: today })
  const workspaces = (await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
  managerToken = (await signIn(sandbox.origin, 'manager@demo.test')).access_token
})
afterAll(() => sandbox.close())

async function report<S extends z.ZodType>(schema: S, path: string, token = DEMO_OWNER_PAT): Promise<z.infer<S>> {
  const response = await api(sandbox.origin, `/reports/${path}&workspace_id=${acme}`, { token })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return schema.parse(response.body)
}
const trackedHours = async (query: string, token?: string) => (await report(trackedHoursEnvelopeSchema, `tracked-hours?${query}`, token)).data
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
/** The US-dollar part of an amount read per currency. */
const usd = (amounts: readonly Money[] | undefined) => amounts?.find((m) => m.currency === 'USD')?.value
const entriesOf = (r: TrackedHoursReport) => trackedHoursDays(r).flatMap(([, d]) => d.users)
const timeline = async (query = '') => report(dailyTimelineEnvelopeSchema, `daily-timeline?date=${day}&per_page=100${query}`)
/** Someone who tracked time on `day`. */
const worker = async () => (await timeline()).data.users.find((u) => u.entries.length > 1)!

describe('GET /reports/tracked-hours', () => {
  it('defaults to the current week, keys every date, and its total is the sum of its entries', async () => {
    const r = await trackedHours('')
    expect([r.start_date, r.end_date]).toEqual([mondayOf(today), addDays(mondayOf(today), 6)])
    expect(trackedHoursDays(r).map(([date]) => date)).toEqual(datesBetween(r.start_date, r.end_date))
    const month = await trackedHours(`start_date=${addDays(today, -30)}&end_date=${addDays(today, -1)}`)
    expect(month.total.total_minutes).toBeGreaterThan(0)
    expect(sum(entriesOf(month).map((e) => e.total_minutes))).toBe(month.total.total_minutes)
    const amounts = entriesOf(month).map((e) => usd(e.total_amount) ?? 0)
    expect(sum(amounts)).toBeCloseTo(usd(month.total.total_amount)!, 0)
  })

  it('agrees with each of a member’s weekly timesheets, minutes and amounts', async () => {
    const { user_id } = await worker()
    const sheets = timesheetListSchema.parse(
      (await api(sandbox.origin, `/timesheets?workspace_id=${acme}&user_id=${user_id}&per_page=100`, { token: DEMO_OWNER_PAT })).body,
    ).data
    const worked = sheets.filter((t) => (t.total_minutes ?? 0) > 0).slice(0, 4)
    expect(worked.length).toBeGreaterThan(1)
    for (const t of worked) {
      const r = await trackedHours(`user_id=${user_id}&start_date=${t.date_from}&end_date=${t.date_to}`)
      expect(r.total.total_minutes).toBe(t.total_minutes)
      expect(usd(r.total.total_amount)).toBeCloseTo(t.total_amount![0]!.value, 2)
      expect(entriesOf(r).every((e) => e.user_id === user_id)).toBe(true)
    }
  })

  it('filters by users (CSV or array), projects and teams', async () => {
    const range = `start_date=${addDays(today, -14)}&end_date=${addDays(today, -1)}`
    const all = entriesOf(await trackedHours(range))
    const [a, b] = [...new Set(all.map((e) => e.user_id))]
    const csv = await trackedHours(`${range}&users=${a},${b}`)
    const array = await trackedHours(`${range}&users[]=${a}&users[]=${b}`)
    expect(csv).toEqual(array)
    expect(new Set(entriesOf(csv).map((e) => e.user_id))).toEqual(new Set([a, b]))
    const project = all[0]!.project_id!
    expect(entriesOf(await trackedHours(`${range}&projects=${project}`)).every((e) => e.project_id === project)).toBe(true)
    const tracked = new Set(all.map((e) => e.user_id))
    const team = sandbox.store.data.memberships.find((m) => m.workspaceId === acme && tracked.has(m.userId) && m.teamId !== null)!.teamId!
    const teamIds = new Set(sandbox.store.data.memberships.filter((m) => m.workspaceId === acme && m.teamId === team).map((m) => m.userId))
    const byTeam = entriesOf(await trackedHours(`${range}&teams=${team}`))
    expect(byTeam.length).toBeGreaterThan(0)
    expect(byTeam.every((e) => teamIds.has(e.user_id))).toBe(true)
  })

  it('keys amounts by currency only for callers who may see rates', async () => {
    const range = `start_date=${addDays(today, -7)}&end_date=${addDays(today, -1)}`
    const manager = await trackedHours(range, managerToken)
    expect(manager.total.total_amount).toBeUndefined()
    expect(entriesOf(manager).every((e) => e.total_amount === undefined)).toBe(true)
    const owner = await trackedHours(range)
    expect(owner.total.total_amount!.map((m) => m.currency)).toEqual(['USD'])
    expect(manager.total.total_minutes).toBe(owner.total.total_minutes)
    expect((await trackedHours(`${range}&currencies=EUR`)).total.total_amount).toEqual([])
  })
})

describe('GET /reports/daily-timeline', () => {
  it('lists a day’s spans in the owner’s offset, with totals that match tracked hours', async () => {
    const body = await timeline()
    expect(body.data).toMatchObject({ date: day, timezone: 'America/New_York' })
    const owner = sandbox.store.data.users.find((u) => u.email === 'owner@demo.test')!
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: owner.timezone!, timeZoneName: 'longOffset' }).format(new Date(`${day}T12:00:00Z`)).slice(-6)
    const user = await worker()
    for (const e of user.entries) {
      expect(e.start.endsWith(offset) && e.end.endsWith(offset)).toBe(true)
      expect((Date.parse(e.end) - Date.parse(e.start)) / 60_000).toBe(e.duration_minutes)
      expect(e.total_amount?.map((m) => m.currency)).toEqual(['USD'])
    }
    expect(sum(user.entries.map((e) => e.duration_minutes))).toBe(user.total_minutes)
    const levels = user.entries.map((e) => e.activity_level!)
    expect(user.activity_level).toBeGreaterThanOrEqual(Math.min(...levels))
    expect(user.activity_level).toBeLessThanOrEqual(Math.max(...levels))
    const hours = await trackedHours(`users=${user.user_id}&start_date=${day}&end_date=${day}`)
    expect(hours.total.total_minutes).toBe(user.total_minutes)
    // Members who tracked nothing are still listed, so a manager sees who did nothing.
    expect(body.data.users.some((u) => u.entries.length === 0 && u.activity_level === undefined)).toBe(true)
  })

  it('hides amounts and currency from a manager who may not see rates', async () => {
    const r = await report(dailyTimelineEnvelopeSchema, `daily-timeline?date=${day}`, managerToken)
    // The amount carries its currency, so no amount means no currency either.
    expect(r.data.users.every((u) => u.total_amount === undefined)).toBe(true)
    expect(r.data.users.flatMap((u) => u.entries).every((e) => e.total_amount === undefined)).toBe(true)
  })
})

describe('task, activity, attendance and description reports', () => {
  const range = () => `start_date=${addDays(today, -14)}&end_date=${addDays(today, -1)}`

  it('task report: task rows and daily rows both add up to tracked hours', async () => {
    const { user_id } = await worker()
    const [u] = (await report(taskReportEnvelopeSchema, `task-report?${range()}&users=${user_id}`)).data.users
    expect(u!.user_id).toBe(user_id)
    expect(sum(u!.tasks_breakdown.map((t) => t.total_minutes))).toBe(u!.total_minutes)
    expect(
      sum(
        Object.values(u!.daily_breakdown!)
          .flat()
          .map((t) => t.total_minutes),
      ),
    ).toBe(u!.total_minutes)
    expect((await trackedHours(`user_id=${user_id}&${range()}`)).total.total_minutes).toBe(u!.total_minutes)
    const [withTasks] = (await report(taskReportEnvelopeSchema, `task-report?${range()}&users=${user_id}&include_no_task=false`)).data.users
    expect(withTasks!.tasks_breakdown.every((t) => t.task_id !== undefined)).toBe(true)
    const untasked = sum(u!.tasks_breakdown.filter((t) => t.task_id === undefined).map((t) => t.total_minutes))
    expect(withTasks!.total_minutes).toBe(u!.total_minutes! - untasked)
  })

  it('activity level: days add up, and a day matches the timeline', async () => {
    const user = await worker()
    const body = await report(activityLevelEnvelopeSchema, `activity-level?${range()}&user_ids=${user.user_id}`)
    const [u] = body.data.users
    expect(sum(Object.values(u!.days).map((d) => d.total_minutes!))).toBe(u!.overall.total_minutes)
    expect(u!.days[day]).toEqual({ total_minutes: user.total_minutes, activity_level: user.activity_level })
    expect(u!.overall.days_tracked).toBe(Object.keys(u!.days).length)
    expect(body.data.overall).toMatchObject({ total_minutes: u!.overall.total_minutes, users_total: 1 })
  })

  it('daily attendance: arrival, departure and breaks come from the timeline', async () => {
    const user = await worker()
    const body = await report(dailyAttendanceEnvelopeSchema, `daily-attendance?date=${day}&per_page=100`)
    const row = body.data.users.find((u) => u.user_id === user.user_id)!
    expect(Date.parse(row.arrival!)).toBe(Date.parse(user.entries[0]!.start))
    expect(Date.parse(row.departure!)).toBe(Date.parse(user.entries.at(-1)!.end))
    expect(row.tracked_minutes).toBe(user.total_minutes)
    expect(row.statuses[0]).toBe('Present')
    expect(row.breaks.length).toBeGreaterThan(0)
    const span = (Date.parse(row.departure!) - Date.parse(row.arrival!)) / 60_000
    expect(row.break_minutes).toBe(span - row.tracked_minutes!)
    for (const absent of body.data.users.filter((u) => u.statuses.includes('Absent'))) expect(absent.tracked_minutes).toBe(0)
    const late = await report(dailyAttendanceEnvelopeSchema, `daily-attendance?date=${day}&status=late,absent&per_page=100`)
    expect(late.data.users.every((u) => u.statuses.includes('Late') || u.statuses.includes('Absent'))).toBe(true)
    expect(late.pagination!.total).toBe(body.data.users.filter((u) => u.statuses.some((s) => s === 'Late' || s === 'Absent')).length)
  })

  it('activity descriptions: description rows add up to the task report’s total', async () => {
    const { user_id } = await worker()
    const [d] = (await report(activityDescriptionsEnvelopeSchema, `activity-descriptions?${range()}&users[]=${user_id}`)).data.users
    const [t] = (await report(taskReportEnvelopeSchema, `task-report?${range()}&users=${user_id}`)).data.users
    expect(sum(d!.descriptions.map((r) => r.total_minutes))).toBe(d!.total_minutes)
    expect(d!.total_minutes).toBe(t!.total_minutes)
    expect(d!.descriptions.some((r) => r.description !== undefined)).toBe(true)
  })
})
