import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectEnvelope,
  expectItemKeys,
  expectKeys,
  ITEM_WITH_MESSAGE,
  LIST,
  MESSAGE_ONLY,
  META_WITH_PAGINATION,
  startDialectSandbox,
  type DialectSandbox,
} from '../testing/dialect'
import { clockIn, dayIn, idleSubjects, SATURDAY_AFTERNOON, withoutWeeklyLimits, type Subject } from '../testing/tracking'

const ENTRY = [
  'id',
  'user_id',
  'contract_id',
  'project_id',
  'project_name',
  'task_id',
  'task_title',
  'activity_description',
  'method',
  'date',
  'start_time',
  'end_time',
  'duration_minutes',
]
const NOW = Date.parse(SATURDAY_AFTERNOON)
const HOUR = 3_600_000

let docs: DialectSandbox
let subjects: Subject[]
beforeAll(async () => {
  docs = await startDialectSandbox('docs', { clock: SATURDAY_AFTERNOON })
  // Members whose local afternoon is free on this Saturday: room for manual time before now.
  subjects = idleSubjects(docs.sandbox, docs.acme, NOW)
    .filter((s) => clockIn(NOW, s.user.timezone!) >= '13:00')
    .map((s) => withoutWeeklyLimits(docs.sandbox, s))
})
afterAll(() => docs.sandbox.close())

const post = (path: string, body: Record<string, unknown>) => docs.owner(path, { method: 'POST', body: { workspace_id: docs.acme, ...body } })

describe('time tracking (docs dialect, seeds/001)', () => {
  it('starts with the seed’s data (no user fields), shows current data, and stops with {message, stopped_at}', async () => {
    const { user, contract, taskId } = subjects[0]!
    const started = await post('/time-tracking/start', { user_id: user.id, contract_id: contract.id, task_id: taskId, activity_description: 'Docs' })
    expectEnvelope(started, ITEM_WITH_MESSAGE)
    expectKeys(started.body.data, ['message', 'start_time', 'contract_id', 'project_id', 'task_id', 'activity_description'])

    const current = await docs.owner(`/time-tracking/current-data?workspace_id=${docs.acme}&user_id=${user.id}`)
    expectEnvelope(current, ITEM_WITH_MESSAGE)
    expectKeys(current.body.data, ['contract_id', 'user_id', 'activity_description', 'task_id', 'task_title', 'total_seconds', 'total_minutes', 'date'])

    const stopped = await post('/time-tracking/stop', { user_id: user.id })
    expectEnvelope(stopped, ITEM_WITH_MESSAGE)
    expectKeys(stopped.body.data, ['message', 'stopped_at'])
  })
})

describe('time entries (docs dialect)', () => {
  it('lists the documented fields with meta.pagination and no message', async () => {
    const span = docs.sandbox.store.data.timeSpans.find((s) => s.workspaceId === docs.acme)!
    const response = await docs.owner(`/time-entries?workspace_id=${docs.acme}&user_id=${span.userId}&date=${span.date}`)
    expectEnvelope(response, LIST, META_WITH_PAGINATION)
    expectItemKeys(response.body.data, ENTRY)
    expect(response.body.data[0].method).toMatch(/tracker|time/)
  })

  it('creates without requested/saved minutes, updates, and deletes with {success, message}', async () => {
    const { user, contract } = subjects[1]!
    const from = NOW - 3 * HOUR
    const created = await post('/time-entries', {
      user_id: user.id,
      contract_id: contract.id,
      date: dayIn(from, user.timezone!),
      start_time: clockIn(from, user.timezone!),
      end_time: clockIn(from + 30 * 60_000, user.timezone!),
    })
    expect(created.status).toBe(201)
    expectEnvelope(created, ITEM_WITH_MESSAGE)
    expectKeys(created.body.data, ENTRY)
    const id = created.body.data.id
    const updated = await docs.owner(`/time-entries/${id}`, { method: 'PUT', body: { workspace_id: docs.acme, notes: 'Edited' } })
    expectEnvelope(updated, ITEM_WITH_MESSAGE)
    expectKeys(updated.body.data, ENTRY)
    expectEnvelope(await docs.owner(`/time-entries/${id}`, { method: 'DELETE', body: { workspace_id: docs.acme } }), MESSAGE_ONLY)
  })
})
