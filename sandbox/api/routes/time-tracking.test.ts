import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { createdTimeEntryEnvelopeSchema, timeEntryListSchema } from '../../../src/contract/time-entries'
import {
  currentTrackerEnvelopeSchema,
  timeTrackingMessages,
  trackingStartedEnvelopeSchema,
  trackingStoppedEnvelopeSchema,
} from '../../../src/contract/time-tracking'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, startTestSandbox } from '../../testing/fixture'
import { acmeId, clockIn, dayIn, idleSubjects, MONDAY_AFTERNOON, SATURDAY_AFTERNOON, type Subject, withoutWeeklyLimits } from '../../testing/tracking'

const NOW = Date.parse(MONDAY_AFTERNOON)
let sandbox: RunningSandbox
let acme: number
let subjects: Subject[]
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, clock: MONDAY_AFTERNOON })
  acme = acmeId(sandbox)
  subjects = idleSubjects(sandbox, acme, NOW)
})
afterAll(() => sandbox.close())

const call = (s: RunningSandbox, path: string, body?: Record<string, unknown>, workspaceId = acme) =>
  api(s.origin, path, body ? { token: DEMO_OWNER_PAT, method: 'POST', body: { workspace_id: workspaceId, ...body } } : { token: DEMO_OWNER_PAT })
const current = (s: RunningSandbox, userId: number) => call(s, `/time-tracking/current-data?workspace_id=${acme}&user_id=${userId}`)
const refusal = (response: { status: number; body: unknown }) => {
  expect(response.status).toBe(422)
  return errorEnvelopeSchema.parse(response.body)
}

describe('POST /time-tracking/start and /stop', () => {
  it('starts a tracker with contract, task and description, then current-data shows it', async () => {
    const { user, contract, taskId } = subjects[0]!
    const started = await call(sandbox, '/time-tracking/start', {
      user_id: user.id,
      contract_id: contract.id,
      task_id: taskId,
      activity_description: 'Clocked in by a manager',
    })
    expect(started.status).toBe(200)
    const body = trackingStartedEnvelopeSchema.parse(started.body)
    expect(body.message).toBe(timeTrackingMessages.started)
    expect(body.data).toMatchObject({
      message: timeTrackingMessages.started,
      start_time: '2026-11-23T14:00:00+00:00',
      user_id: user.id,
      user_email: user.email,
      contract_id: contract.id,
      project_id: contract.projectId,
      task_id: taskId,
      activity_description: 'Clocked in by a manager',
    })
    const now = currentTrackerEnvelopeSchema.parse((await current(sandbox, user.id)).body)
    expect(now.message).toBe(timeTrackingMessages.current)
    expect(now.data).toMatchObject({
      user_id: user.id,
      contract_id: contract.id,
      task_id: taskId,
      total_minutes: 0,
      total_seconds: 0,
      date: dayIn(NOW, user.timezone!),
    })
    expect(now.data!.task_title).toEqual(expect.any(String))
  })

  it('refuses a second tracker for the same user (422), and stops the first', async () => {
    const { user } = subjects[0]!
    expect(refusal(await call(sandbox, '/time-tracking/start', { user_id: user.id })).message).toBe(timeTrackingMessages.alreadyTracking)
    const stopped = await call(sandbox, '/time-tracking/stop', { user_id: user.id })
    expect(stopped.status).toBe(200)
    expect(trackingStoppedEnvelopeSchema.parse(stopped.body).data).toEqual({ message: timeTrackingMessages.stopped, stopped_at: '2026-11-23T14:00:00+00:00' })
    const after = currentTrackerEnvelopeSchema.parse((await current(sandbox, user.id)).body)
    expect(after).toMatchObject({ data: null, message: timeTrackingMessages.noTracker })
  })

  it('refuses to stop when nothing runs (422 on user_id)', async () => {
    const body = refusal(await call(sandbox, '/time-tracking/stop', { user_id: subjects[1]!.user.id }))
    expect(body.message).toBe(timeTrackingMessages.notTracking)
    expect(body.errors?.user_id).toEqual([timeTrackingMessages.notTracking])
  })

  it('starts without a contract (no project)', async () => {
    const { user } = subjects[2]!
    const started = (await call(sandbox, '/time-tracking/start', { user_id: user.id })).body
    // The wire says none with null; the contract reads null as unknown/none (undefined).
    expect(started).toMatchObject({ data: { contract_id: null, project_id: null, project_name: null, task_id: null, activity_description: null } })
    expect(trackingStartedEnvelopeSchema.parse(started).data).toMatchObject({ user_id: user.id, contract_id: undefined, project_name: undefined })
  })

  it('refuses a task without a contract, a task of another project, and foreign contracts', async () => {
    const { user, contract, taskId, foreignTaskId } = subjects[1]!
    expect(refusal(await call(sandbox, '/time-tracking/start', { user_id: user.id, task_id: taskId })).errors?.task_id).toEqual([
      'The task id field requires a contract id.',
    ])
    const wrongTask = refusal(await call(sandbox, '/time-tracking/start', { user_id: user.id, contract_id: contract.id, task_id: foreignTaskId }))
    expect(wrongTask.errors?.task_id).toEqual(["The selected task does not belong to the contract's project."])
    const othersContract = sandbox.store.data.contracts.find((c) => c.workspaceId === acme && c.userId !== user.id)!
    expect(refusal(await call(sandbox, '/time-tracking/start', { user_id: user.id, contract_id: othersContract.id })).errors).toHaveProperty('contract_id')
    const long = refusal(await call(sandbox, '/time-tracking/start', { user_id: user.id, activity_description: 'x'.repeat(1001) }))
    expect(long.errors?.activity_description).toEqual(['The activity description may not be greater than 1000 characters.'])
    expect(currentTrackerEnvelopeSchema.parse((await current(sandbox, user.id)).body).data).toBeNull()
  })

  it("refuses another workspace's user (422) and an unknown workspace (404)", async () => {
    const northwind = sandbox.store.data.workspaces.find((w) => w.name === 'Northwind Labs')!
    const outsider = sandbox.store.data.memberships.find(
      (m) =>
        m.workspaceId === northwind.id &&
        m.userId !== northwind.ownerId &&
        !sandbox.store.data.memberships.some((x) => x.workspaceId === acme && x.userId === m.userId),
    )!
    for (const path of ['/time-tracking/start', '/time-tracking/stop']) {
      expect(refusal(await call(sandbox, path, { user_id: outsider.userId })).errors).toHaveProperty('user_id')
    }
    expect(refusal(await current(sandbox, outsider.userId)).errors).toHaveProperty('user_id')
    expect((await call(sandbox, '/time-tracking/start', { user_id: subjects[1]!.user.id }, 999_999)).status).toBe(404)
  })

  it('requires user_id everywhere', async () => {
    expect(refusal(await call(sandbox, '/time-tracking/start', {})).errors?.user_id).toEqual(['The user id field is required.'])
    expect(refusal(await call(sandbox, `/time-tracking/current-data?workspace_id=${acme}`)).errors?.user_id).toEqual(['The user id field is required.'])
  })
})

describe('GET /time-tracking/current-data and desktop trackers', () => {
  it('cannot see desktop-app trackers, yet they block a start and can be stopped', async () => {
    const desktop = sandbox.store.data.runningTrackers.find((t) => t.method === 'desktop' && t.workspaceId === acme)!
    expect(desktop).toBeDefined()
    expect(currentTrackerEnvelopeSchema.parse((await current(sandbox, desktop.userId)).body)).toMatchObject({
      data: null,
      message: timeTrackingMessages.noTracker,
    })
    expect(refusal(await call(sandbox, '/time-tracking/start', { user_id: desktop.userId })).message).toBe(timeTrackingMessages.alreadyTracking)
    expect((await call(sandbox, '/time-tracking/stop', { user_id: desktop.userId })).status).toBe(200)
  })

  it("shows a browser tracker with the day's minutes so far", async () => {
    const web = sandbox.store.data.runningTrackers.find((t) => t.method === 'web' && t.workspaceId === acme && NOW - Date.parse(t.startedAt) > 120_000)!
    const body = currentTrackerEnvelopeSchema.parse((await current(sandbox, web.userId)).body)
    const running = Math.floor((NOW - Date.parse(web.startedAt)) / 1000)
    expect(body.data).toMatchObject({ user_id: web.userId, contract_id: web.contractId, task_id: web.taskId, total_seconds: running % 60 })
    expect(body.data!.total_minutes).toBeGreaterThanOrEqual(Math.floor(running / 60))
  })
})

describe('totals on a running clock', () => {
  // A Saturday, 120x: almost nobody works, and a real second is two simulated minutes.
  const SATURDAY = SATURDAY_AFTERNOON
  let fast: RunningSandbox
  beforeAll(async () => {
    fast = await startTestSandbox({ persist: false, rateLimit: 10_000, clock: `${SATURDAY}@120x` })
  })
  afterAll(() => fast.close())

  it("adds the running tracker's minutes to the day's finished minutes, and the stop leaves an entry", async () => {
    const { user, contract } = withoutWeeklyLimits(fast, idleSubjects(fast, acme, Date.parse(SATURDAY))[0]!)
    const zone = user.timezone!
    const date = dayIn(Date.parse(SATURDAY), zone)
    const hourAgo = Date.parse(SATURDAY) - 3_600_000
    const manual = await call(fast, '/time-entries', {
      user_id: user.id,
      contract_id: contract.id,
      date,
      start_time: clockIn(hourAgo - 3_600_000, zone),
      end_time: clockIn(hourAgo, zone),
    })
    expect(createdTimeEntryEnvelopeSchema.parse(manual.body).data?.saved_minutes).toBe(60)
    expect((await call(fast, '/time-tracking/start', { user_id: user.id, contract_id: contract.id })).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    const data = currentTrackerEnvelopeSchema.parse((await current(fast, user.id)).body).data!
    expect(data.total_minutes).toBeGreaterThanOrEqual(63)
    expect(data.total_minutes).toBeLessThan(75)
    const stopped = trackingStoppedEnvelopeSchema.parse((await call(fast, '/time-tracking/stop', { user_id: user.id })).body)
    const entries = timeEntryListSchema.parse((await call(fast, `/time-entries?workspace_id=${acme}&user_id=${user.id}&date=${date}`)).body)
    const tracked = entries.data.find((e) => e.method === 'Web tracker')!
    expect(Date.parse(tracked.end_time!)).toBe(Date.parse(stopped.data!.stopped_at!))
    expect(tracked.duration_minutes).toBeGreaterThanOrEqual(3)
  })
})
