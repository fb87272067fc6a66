import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema, successEnvelopeSchema } from '../../../src/contract/envelope'
import {
  createdTimeEntrySchema,
  createdTimeEntryEnvelopeSchema,
  deletedTimeEntryEnvelopeSchema,
  timeEntryEnvelopeSchema,
  timeEntryListSchema,
  timeEntrySchema,
} from '../../../src/contract/time-entries'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, startTestSandbox } from '../../testing/fixture'
import { acmeId, clockIn, dayIn, idleSubjects, SATURDAY_AFTERNOON, type Subject, withoutWeeklyLimits } from '../../testing/tracking'

const NOW = Date.parse(SATURDAY_AFTERNOON)
const HOUR = 3_600_000
let sandbox: RunningSandbox
let acme: number
let subjects: Subject[]
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, clock: SATURDAY_AFTERNOON })
  acme = acmeId(sandbox)
  // Members whose local clock is past 13:00 on a free Saturday: the hours before are theirs to fill.
  subjects = idleSubjects(sandbox, acme, NOW)
    .filter((s) => clockIn(NOW, s.user.timezone!) >= '13:00')
    .map((s) => withoutWeeklyLimits(sandbox, s))
})
afterAll(() => sandbox.close())

const owner = (path: string, method = 'GET', body?: Record<string, unknown>) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, method, body })
const list = (query: string) => owner(`/time-entries?workspace_id=${acme}&${query}`)
const create = (body: Record<string, unknown>) => owner('/time-entries', 'POST', { workspace_id: acme, ...body })
const update = (id: string, body: Record<string, unknown>) => owner(`/time-entries/${id}`, 'PUT', { workspace_id: acme, ...body })
/** The sandbox's rich create answer: the whole entry plus the partial-save figures. */
const richCreatedSchema = successEnvelopeSchema(timeEntrySchema.and(createdTimeEntrySchema))
const refusal = (response: { status: number; body: unknown }) => {
  expect(response.status).toBe(422)
  return errorEnvelopeSchema.parse(response.body)
}
/** A manual entry `hoursAgo` hours before now, `minutes` long, on the member's clock. */
const slot = ({ user }: Subject, hoursAgo: number, minutes: number) => {
  const from = NOW - hoursAgo * HOUR
  return {
    user_id: user.id,
    date: dayIn(from, user.timezone!),
    start_time: clockIn(from, user.timezone!),
    end_time: clockIn(from + minutes * 60_000, user.timezone!),
  }
}

describe('GET /time-entries', () => {
  it('requires user_id and date, and allows at most 50 per page', async () => {
    const missing = refusal(await list(''))
    expect(missing.errors).toMatchObject({ user_id: ['The user id field is required.'], date: ['The date field is required.'] })
    const someone = sandbox.store.data.timeSpans.find((s) => s.workspaceId === acme)!
    const base = `user_id=${someone.userId}&date=${someone.date}`
    expect(refusal(await list(`${base}&per_page=51`)).errors?.per_page).toEqual(['The per page field must not be greater than 50.'])
    expect((await list(`${base}&per_page=50`)).status).toBe(200)
    expect(refusal(await list(`user_id=${someone.userId}&date=23-11-2026`)).errors).toHaveProperty('date')
  })

  it("lists one member's entries of one local day, oldest first, paged", async () => {
    const span = sandbox.store.data.timeSpans.find(
      (s) => s.workspaceId === acme && sandbox.store.spansOf(s.userId).filter((x) => x.date === s.date).length >= 3,
    )!
    const all = timeEntryListSchema.parse((await list(`user_id=${span.userId}&date=${span.date}`)).body)
    expect(all.data.length).toBeGreaterThanOrEqual(3)
    expect(all.data.every((e) => e.user_id === span.userId && e.date === span.date && e.end_time !== undefined)).toBe(true)
    const starts = all.data.map((e) => e.start_time)
    expect(starts).toEqual([...starts].sort())
    const first = all.data[0]!
    expect(first.duration_minutes).toBe(Math.round((Date.parse(first.end_time!) - Date.parse(first.start_time)) / 60_000))
    const paged = timeEntryListSchema.parse((await list(`user_id=${span.userId}&date=${span.date}&per_page=1&page=2`)).body)
    expect(paged.pagination).toMatchObject({ total: all.data.length, per_page: 1, current_page: 2, last_page: all.data.length })
    expect(paged.data[0]!.id).toBe(all.data[1]!.id)
    const projectId = first.project_id!
    const byProject = timeEntryListSchema.parse((await list(`user_id=${span.userId}&date=${span.date}&project_id=${projectId}`)).body)
    expect(byProject.data.length).toBeGreaterThan(0)
    expect(byProject.data.every((e) => e.project_id === projectId)).toBe(true)
  })
})

describe('manual entries: create, update, delete', () => {
  it("adds manual time on the member's clock and lists it", async () => {
    const subject = subjects[0]!
    const response = await create({ ...slot(subject, 4, 90), contract_id: subject.contract.id, task_id: subject.taskId, notes: 'Workshop' })
    expect(response.status).toBe(201)
    expect(createdTimeEntryEnvelopeSchema.parse(response.body).data).toMatchObject({ requested_minutes: 90, saved_minutes: 90 })
    const { data, message } = richCreatedSchema.parse(response.body)
    expect(message).toBe('Time entry added successfully')
    expect(data).toMatchObject({
      method: 'Manually added time',
      contract_id: subject.contract.id,
      task_id: subject.taskId,
      activity_description: 'Workshop',
      duration_minutes: 90,
      requested_minutes: 90,
      saved_minutes: 90,
      start_time: new Date(Math.floor((NOW - 4 * HOUR) / 60_000) * 60_000).toISOString().replace('.000Z', 'Z'),
    })
    const listed = timeEntryListSchema.parse((await list(`user_id=${subject.user.id}&date=${data.date}`)).body)
    expect(listed.data.map((e) => e.id)).toContain(data.id)
  })

  it('refuses overlapping time, time in the future, end before start, and a task without a contract', async () => {
    const subject = subjects[0]!
    const overlap = refusal(await create(slot(subject, 3.5, 30)))
    expect(overlap.errors?.start_time?.[0]).toMatch(/^The time entry overlaps time already tracked \(\d\d:\d\d–\d\d:\d\d\)\.$/)
    expect(refusal(await create(slot(subject, 0.5, 60))).errors?.end_time).toEqual(['The end time may not be in the future.'])
    const { start_time, end_time, ...rest } = slot(subject, 8, 30)
    expect(refusal(await create({ ...rest, start_time: end_time, end_time: start_time })).errors?.end_time).toEqual([
      'The end time must be a time after start time.',
    ])
    expect(refusal(await create({ ...slot(subject, 8, 30), task_id: subject.taskId })).errors?.task_id).toEqual(['The task id field requires a contract id.'])
  })

  it('refuses time that overlaps a running tracker', async () => {
    const subject = subjects[1]!
    expect((await owner('/time-tracking/start', 'POST', { workspace_id: acme, user_id: subject.user.id })).status).toBe(200)
    // The tracker started "now"; an entry ending now touches it without overlapping.
    expect((await create(slot(subject, 1, 60))).status).toBe(201)
    sandbox.store.data.runningTrackers.find((t) => t.userId === subject.user.id)!.startedAt = new Date(NOW - 2 * HOUR).toISOString()
    expect(refusal(await create(slot(subject, 3, 65))).errors).toHaveProperty('start_time')
  })

  it('saves only what fits under the weekly limit, and says so (partial save)', async () => {
    const subject = subjects[2]!
    // A limit an hour or two above what the contract already holds this week (Monday..Sunday).
    const week = sandbox.store.spansOf(subject.user.id).filter((s) => s.contractId === subject.contract.id && s.date >= '2026-11-23' && s.date <= '2026-11-29')
    const used = Math.ceil(week.reduce((sum, s) => sum + (Date.parse(s.end) - Date.parse(s.start)) / 1000, 0) / 60)
    const hours = Math.ceil(used / 60) + 1
    subject.contract.weeklyHoursLimit = hours
    const room = hours * 60 - used
    const partial = await create({ ...slot(subject, 5, room + 30), contract_id: subject.contract.id })
    const body = richCreatedSchema.parse(partial.body)
    expect(body.data).toMatchObject({ requested_minutes: room + 30, saved_minutes: room, duration_minutes: room })
    expect(body.message).toBe(`Time entry saved partially: ${room} of ${room + 30} minutes, because the contract's weekly limit of ${hours} hours is reached.`)
    expect(refusal(await create({ ...slot(subject, 3, 30), contract_id: subject.contract.id })).message).toBe('Validation failed')
  })

  it('updates one end of an entry, keeping the other, and refuses overlaps', async () => {
    const subject = subjects[3]!
    const first = richCreatedSchema.parse((await create({ ...slot(subject, 6, 60), contract_id: subject.contract.id, task_id: subject.taskId })).body).data
    const second = richCreatedSchema.parse((await create(slot(subject, 4, 60))).body).data
    const zone = subject.user.timezone!
    const later = timeEntryEnvelopeSchema.parse((await update(first.id, { end_time: clockIn(NOW - 4.5 * HOUR, zone), activity_description: 'Longer' })).body)
    expect(later.data).toMatchObject({ start_time: first.start_time, duration_minutes: 90, activity_description: 'Longer', task_id: subject.taskId })
    expect(refusal(await update(first.id, { end_time: clockIn(NOW - 3.5 * HOUR, zone) })).errors).toHaveProperty('start_time')
    expect(refusal(await update(second.id, { start_time: clockIn(NOW - 3 * HOUR, zone), end_time: clockIn(NOW - 3.5 * HOUR, zone) })).errors).toHaveProperty(
      'end_time',
    )
    const detached = (await update(first.id, { contract_id: null })).body
    expect(detached).toMatchObject({ data: { contract_id: null, project_id: null, task_id: null } })
    expect(timeEntryEnvelopeSchema.parse(detached).data).toMatchObject({ id: first.id, contract_id: undefined, project_id: undefined })
    expect((await update('00000000-0000-4000-8000-000000000000', { notes: 'x' })).status).toBe(404)
  })

  it('deletes with workspace_id in the body, once', async () => {
    const subject = subjects[4]!
    const entry = richCreatedSchema.parse((await create(slot(subject, 7, 45))).body).data
    expect(refusal(await api(sandbox.origin, `/time-entries/${entry.id}`, { token: DEMO_OWNER_PAT, method: 'DELETE' })).errors).toHaveProperty('workspace_id')
    const deleted = await owner(`/time-entries/${entry.id}`, 'DELETE', { workspace_id: acme })
    expect(deletedTimeEntryEnvelopeSchema.parse(deleted.body)).toMatchObject({ data: null, message: 'Time entry deleted successfully' })
    const listed = timeEntryListSchema.parse((await list(`user_id=${subject.user.id}&date=${entry.date}`)).body)
    expect(listed.data.map((e) => e.id)).not.toContain(entry.id)
    expect((await owner(`/time-entries/${entry.id}`, 'DELETE', { workspace_id: acme })).status).toBe(404)
  })
})
