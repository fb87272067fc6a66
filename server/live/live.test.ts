import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../../sandbox/demo-accounts'
import { api } from '../../sandbox/testing/fixture'
import { idleSubjects, type Subject } from '../../sandbox/testing/tracking'
import { signBody } from '../../sandbox/webhooks/signature'
import { WEBHOOK_HEADERS } from '../../src/contract/webhooks'
import { Browser, startSetup, type Setup } from '../testing/fixture'
import { openEvents } from '../testing/sse'

// The live board's server side against a real sandbox: the webhook registered once and reused,
// deliveries verified, de-duplicated and applied, the stream's snapshot and events, who may open
// it, and the plain "cannot reach" when WebWork's deliveries do not arrive.

const WS = 1000
/** The eve of the seed day in real time: the simulation plays nothing, the API's trackers move with the clock. */
const CLOCK = '2026-11-22T12:00:00Z@1x'

let setup: Setup
let subjects: Subject[]
beforeAll(async () => {
  setup = await startSetup({ sandbox: { clock: CLOCK }, live: { reachGraceMs: 1_000, heartbeatMs: 200 } })
  subjects = idleSubjects(setup.sandbox, WS, Date.parse('2026-11-22T12:00:00Z'))
})
afterAll(() => setup.close())

const origin = () => setup.servers[0]!.origin
const receiver = () => `${setup.servers[0]!.config.publicUrl}/webhooks/webwork`
const ourHooks = () => setup.sandbox.store.data.webhooks.filter((hook) => hook.workspaceId === WS && hook.url === receiver())

async function signedIn(email = 'owner@demo.test') {
  const browser = new Browser(origin())
  expect((await browser.signIn(email)).status).toBe(302)
  return browser
}

const asOwner = (path: string, body: unknown) => api(setup.sandbox.origin, path, { token: DEMO_OWNER_PAT, method: 'POST', body })
const start = (s: Subject) => asOwner('/time-tracking/start', { workspace_id: WS, user_id: s.user.id, contract_id: s.contract.id, task_id: s.taskId })
const stop = (s: Subject) => asOwner('/time-tracking/stop', { workspace_id: WS, user_id: s.user.id })

/** A delivery as WebWork sends it, signed with `secret` at `signedAt` (unix seconds). */
function delivery(secret: string, data: Record<string, unknown>, options: { event?: string; id?: string; signedAt?: number } = {}) {
  const body = JSON.stringify({
    id: options.id ?? randomUUID(),
    event: options.event ?? 'tracker.started',
    workspace_id: WS,
    created_at: new Date().toISOString(),
    data,
  })
  const headers = { 'content-type': 'application/json', [WEBHOOK_HEADERS.signature]: signBody(secret, body, options.signedAt) }
  return () => fetch(receiver(), { method: 'POST', headers, body })
}

describe('the live stream', () => {
  it('registers the webhook, says deliveries arrive, then streams starts and stops with project, task and start', async () => {
    const browser = await signedIn()
    const stream = await openEvents(browser, WS)
    expect(stream.response.status).toBe(200)
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const snapshot = await stream.next('snapshot')
    expect(snapshot.data).toMatchObject({ workspace_id: WS, tracking: [], gap: false })
    expect(snapshot.id).toMatch(/^[\w-]+\.\d+$/)

    // The registration's test delivery came back: WebWork reaches us.
    await expect.poll(async () => stream.events.filter((e) => e.event === 'status').at(-1)?.data.state, { timeout: 5_000 }).toBe('receiving')
    expect(ourHooks()).toHaveLength(1)
    expect(ourHooks()[0]!.events).toEqual(['tracker.started', 'tracker.stopped'])

    const subject = subjects[0]!
    expect((await start(subject)).status).toBe(200)
    const started = await stream.next('started')
    expect(started.data.tracker).toMatchObject({
      user_id: subject.user.id,
      project_id: subject.contract.projectId,
      task_id: subject.taskId,
      contract_id: subject.contract.id,
      method: 'api',
    })
    expect(Math.abs(Date.parse(started.data.tracker.started_at) - Date.parse('2026-11-22T12:00:00Z'))).toBeLessThan(60_000)

    expect((await stop(subject)).status).toBe(200)
    const stopped = await stream.next('stopped')
    expect(stopped.data).toMatchObject({ user_id: subject.user.id })
    expect(Number(stopped.id!.split('.')[1])).toBeGreaterThan(Number(started.id!.split('.')[1]))
    await stream.close()
  })

  it('sends a whole snapshot on every connection, with `gap` when something changed since the last event id', async () => {
    const browser = await signedIn()
    const first = await openEvents(browser, WS)
    const { id } = await first.next('snapshot')
    await first.close()

    const again = await openEvents(browser, WS, { lastEventId: id })
    expect((await again.next('snapshot')).data.gap).toBe(false)
    await again.close()

    // Away while a member started: the snapshot has them, and says a full read is due.
    const subject = subjects[1]!
    expect((await start(subject)).status).toBe(200)
    await expect
      .poll(async () => {
        const peek = await openEvents(browser, WS)
        const tracking = (await peek.next('snapshot')).data.tracking as { user_id: number }[]
        await peek.close()
        return tracking.map((t) => t.user_id)
      })
      .toContain(subject.user.id)
    const back = await openEvents(browser, WS, { lastEventId: id })
    const snapshot = await back.next('snapshot')
    expect(snapshot.data.gap).toBe(true)
    expect(snapshot.data.tracking).toContainEqual(expect.objectContaining({ user_id: subject.user.id, task_id: subject.taskId }))
    await back.close()
    await stop(subject)
  })

  it('reuses the webhook it finds at the vendor rather than registering another', async () => {
    await setup.servers[0]!.store.delete(`live:webhook:${WS}`)
    const browser = await signedIn()
    const stream = await openEvents(browser, WS)
    await stream.next('snapshot')
    await expect.poll(async () => stream.events.filter((e) => e.event === 'status').at(-1)?.data.state).toBe('receiving')
    expect(ourHooks()).toHaveLength(1)
    // The reused webhook's secret verifies its deliveries.
    const subject = subjects[2]!
    await start(subject)
    expect((await stream.next('started')).data.tracker.user_id).toBe(subject.user.id)
    await stop(subject)
    await stream.close()
  })

  it('ends when the session ends', async () => {
    const browser = await signedIn()
    const stream = await openEvents(browser, WS)
    await stream.next('snapshot')
    expect((await browser.fetch('/auth/logout', { method: 'POST' })).status).toBe(204)
    await stream.ended()
  })
})

describe('who may open the stream', () => {
  it('refuses without a session (401), a bad id (400), a workspace not theirs or a role that may not watch (403)', async () => {
    const anonymous = await openEvents(new Browser(origin()), WS)
    expect(anonymous.response.status).toBe(401)
    const owner = await signedIn()
    expect((await openEvents(owner, 'abc')).response.status).toBe(400)
    expect((await openEvents(owner, 999_999)).response.status).toBe(403)
    const member = await signedIn('member@demo.test')
    const refused = await openEvents(member, WS)
    expect(refused.response.status).toBe(403)
    expect(await refused.response.json()).toMatchObject({ success: false, error: 'Forbidden' })
  })
})

describe('deliveries', () => {
  const secret = () => ourHooks()[0]!.token

  it('refuses a forged signature (401) and a replay signed over five minutes ago (400), applying neither', async () => {
    const browser = await signedIn()
    const stream = await openEvents(browser, WS)
    await stream.next('snapshot')
    const subject = subjects[3]!
    const data = { user_id: subject.user.id, project_id: subject.contract.projectId, started_at: new Date().toISOString() }

    const forged = await delivery('whsec_not_the_secret', data)()
    expect(forged.status).toBe(401)
    const unsigned = await fetch(receiver(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"x","event":"tracker.started","workspace_id":1000,"created_at":"2026-11-22T12:00:00Z","data":{}}',
    })
    expect(unsigned.status).toBe(401)
    const replayed = await delivery(secret(), data, { signedAt: Math.floor(Date.now() / 1000) - 6 * 60 })()
    expect(replayed.status).toBe(400)
    expect(await replayed.json()).toMatchObject({ received: false, error: expect.stringMatching(/five minutes/) })
    expect((await fetch(receiver(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'not json' })).status).toBe(400)

    // Neither reached the stream: the next event is the genuine one.
    const genuine = await delivery(secret(), data)()
    expect(genuine.status).toBe(200)
    expect((await stream.next('started')).data.tracker.user_id).toBe(subject.user.id)
    expect(stream.events.filter((e) => e.event === 'started')).toHaveLength(1)
    await delivery(secret(), { user_id: subject.user.id, stopped_at: new Date().toISOString() }, { event: 'tracker.stopped' })()
    await stream.next('stopped')
    await stream.close()
  })

  it('counts a retried delivery once, and a late start never undoes a later stop', async () => {
    const browser = await signedIn()
    const stream = await openEvents(browser, WS)
    const before = (await stream.next('snapshot')).data.revision as number
    const subject = subjects[4]!
    const at = Date.now()
    const send = delivery(secret(), { user_id: subject.user.id, started_at: new Date(at).toISOString() }, { id: 'retried-delivery' })
    expect(await (await send()).json()).toEqual({ received: true })
    expect(await (await send()).json()).toEqual({ received: true, duplicate: true })
    // The same event again under another id (a second webhook, say) changes nothing either.
    expect((await delivery(secret(), { user_id: subject.user.id, started_at: new Date(at).toISOString() })()).status).toBe(200)

    await delivery(secret(), { user_id: subject.user.id, stopped_at: new Date(at + 2_000).toISOString() }, { event: 'tracker.stopped' })()
    // Delivered late (a retry of an earlier start): ignored.
    await delivery(secret(), { user_id: subject.user.id, started_at: new Date(at + 1_000).toISOString() })()

    const peek = await openEvents(browser, WS)
    const snapshot = (await peek.next('snapshot')).data
    expect(snapshot.revision).toBe(before + 2)
    expect(snapshot.tracking.map((t: { user_id: number }) => t.user_id)).not.toContain(subject.user.id)
    expect(snapshot.stopped).toContainEqual({ user_id: subject.user.id, stopped_at: new Date(at + 2_000).toISOString() })
    expect(stream.events.filter((e) => ['started', 'stopped'].includes(e.event)).map((e) => e.event)).toEqual(['started', 'stopped'])
    await Promise.all([peek.close(), stream.close()])
  })
})

describe('when WebWork cannot reach PUBLIC_URL', () => {
  it('says so when the vendor refuses the URL at registration', async () => {
    const refusing = await startSetup({ sandbox: { clock: CLOCK, allowPrivateWebhooks: false } })
    try {
      const browser = new Browser(refusing.servers[0]!.origin)
      await browser.signIn('owner@demo.test')
      const stream = await openEvents(browser, WS)
      await stream.next('snapshot')
      const status = await stream.next('status')
      const { publicUrl } = refusing.servers[0]!.config
      expect(status.data).toMatchObject({ state: 'unreachable', publicUrl, url: `${publicUrl}/webhooks/webwork` })
      expect(status.data.detail).toMatch(/public address/)
      await stream.close()
    } finally {
      await refusing.close()
    }
  })

  it('says so when the test delivery does not arrive', async () => {
    // Registration accepted, but the vendor's deliveries never leave (its own policy, checked at send time).
    const silent = await startSetup({ sandbox: { clock: CLOCK, webhookDelivery: { allowPrivateTargets: false } }, live: { reachGraceMs: 500 } })
    try {
      const browser = new Browser(silent.servers[0]!.origin)
      await browser.signIn('owner@demo.test')
      const stream = await openEvents(browser, WS)
      await stream.next('snapshot')
      expect((await stream.next('status')).data.state).toBe('waiting')
      const unreachable = await stream.next('status')
      expect(unreachable.data).toMatchObject({ state: 'unreachable', detail: expect.stringMatching(/no test delivery/) })
      await stream.close()
    } finally {
      await silent.close()
    }
  })
})
