import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../../sandbox/demo-accounts'
import type { RunningSandbox } from '../../sandbox/server'
import { api, startTestSandbox } from '../../sandbox/testing/fixture'
import { idleSubjects } from '../../sandbox/testing/tracking'
import { signBody } from '../../sandbox/webhooks/signature'
import { WEBHOOK_HEADERS } from '../../src/contract/webhooks'
import { Browser, freePort, TEST_CLIENT_SECRET } from '../testing/fixture'
import { spawnServers, type ServerProcess } from '../testing/processes'
import { REDIS_MISSING, redisAvailable, startRedis } from '../testing/redis'
import { openEvents } from '../testing/sse'

// Two `npm run server` processes behind one PUBLIC_URL on one real redis-server: WebWork delivers
// to one of them (here: the first, whose address PUBLIC_URL is), a stream opened on the other
// sees the change; the tracking state and the de-duplication are one.

if (!redisAvailable) console.warn(REDIS_MISSING)

const WS = 1000

let redis: Awaited<ReturnType<typeof startRedis>>
let sandbox: RunningSandbox
let processes: ServerProcess[]
let publicUrl: string
beforeAll(async () => {
  if (!redisAvailable) return
  redis = await startRedis()
  const ports = [await freePort(), await freePort()]
  publicUrl = `http://127.0.0.1:${ports[0]}`
  sandbox = await startTestSandbox({
    persist: false,
    clientSecret: TEST_CLIENT_SECRET,
    redirectUris: [`${publicUrl}/auth/callback`],
    clock: '2026-11-22T12:00:00Z@1x',
  })
  processes = await spawnServers(sandbox, ports, { REDIS_URL: redis.url })
  const deadline = Date.now() + 20_000
  while (!processes.every((p) => p.output().includes('Press Ctrl+C to stop.'))) {
    if (Date.now() > deadline) throw new Error(`the servers did not start:\n${processes.map((p) => p.output()).join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}, 30_000)
afterAll(async () => {
  if (processes) expect(await Promise.all(processes.map((p) => p.stop()))).toEqual([0, 0])
  await sandbox?.close()
  await redis?.stop()
})

describe.skipIf(!redisAvailable)('live push across two server processes on one Redis', () => {
  it('shows a delivery received by one on a stream opened on the other, with one state and one de-duplication', async () => {
    const one = new Browser(publicUrl)
    expect((await one.signIn('owner@demo.test')).status).toBe(302)
    const two = new Browser(`http://127.0.0.1:${processes[1]!.port}`)
    for (const [name, value] of one.cookies) two.cookies.set(name, value)

    // The stream on process two registers the webhook; its test delivery reaches process one.
    const stream = await openEvents(two, WS)
    expect(stream.response.status).toBe(200)
    await stream.next('snapshot')
    await expect.poll(() => stream.events.filter((e) => e.event === 'status').at(-1)?.data.state, { timeout: 10_000 }).toBe('receiving')
    const hook = sandbox.store.data.webhooks.find((h) => h.workspaceId === WS && h.url === `${publicUrl}/webhooks/webwork`)!
    expect(hook).toBeDefined()

    const [subject] = idleSubjects(sandbox, WS, Date.parse('2026-11-22T12:00:00Z'))
    const started = await api(sandbox.origin, '/time-tracking/start', {
      token: DEMO_OWNER_PAT,
      method: 'POST',
      body: { workspace_id: WS, user_id: subject!.user.id, contract_id: subject!.contract.id, task_id: subject!.taskId },
    })
    expect(started.status).toBe(200)
    expect((await stream.next('started')).data.tracker).toMatchObject({ user_id: subject!.user.id, task_id: subject!.taskId })

    // The state is one: a snapshot on process one has the tracker process one applied and process two announced.
    const viaOne = await openEvents(one, WS)
    expect((await viaOne.next('snapshot')).data.tracking).toContainEqual(expect.objectContaining({ user_id: subject!.user.id }))
    await viaOne.close()

    // One de-duplication: a delivery applied by one is a duplicate at the other.
    const body = JSON.stringify({
      id: randomUUID(),
      event: 'tracker.stopped',
      workspace_id: WS,
      created_at: new Date().toISOString(),
      data: { user_id: subject!.user.id, stopped_at: new Date(Date.parse('2026-11-22T13:00:00Z')).toISOString() },
    })
    const post = (port: number) =>
      fetch(`http://127.0.0.1:${port}/webhooks/webwork`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEBHOOK_HEADERS.signature]: signBody(hook.token, body) },
        body,
      }).then((r) => r.json())
    expect(await post(processes[0]!.port)).toEqual({ received: true })
    expect(await post(processes[1]!.port)).toEqual({ received: true, duplicate: true })
    expect((await stream.next('stopped')).data.user_id).toBe(subject!.user.id)
    await stream.close()
  })
})
