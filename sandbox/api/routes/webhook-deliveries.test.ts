import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectEnvelopeSchema } from '../../../src/contract/projects'
import {
  webhookDeliveryEnvelopeSchema,
  webhookDeliveryListSchema,
  webhookEnvelopeSchema,
  webhookPayloadSchema,
  type Webhook,
} from '../../../src/contract/webhooks'
import { startDemoWorkspaces, type DemoWorkspaces } from '../../testing/demo-workspaces'
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from '../../testing/webhook-receiver'

// Deliveries end to end: a real receiver over HTTP checks what the sandbox sends.

let demo: DemoWorkspaces
const receivers: WebhookReceiver[] = []
beforeAll(async () => {
  // Short retry delays and timeout keep the retry tests fast.
  demo = await startDemoWorkspaces({ webhookDelivery: { retryDelaysMs: [30, 60], timeoutMs: 400 } })
})
afterAll(async () => {
  await demo.sandbox.close()
  await Promise.all(receivers.map((r) => r.close()))
})

async function receiverWithHook(events: string[], options: Parameters<typeof startWebhookReceiver>[0] = {}) {
  const receiver = await startWebhookReceiver(options)
  receivers.push(receiver)
  const response = await demo.call('/webhooks', { method: 'POST', body: { workspace_id: demo.acme, url: receiver.url, events } })
  return { receiver, hook: webhookEnvelopeSchema.parse(response.body).data }
}

/** Checked independently of the sandbox's own signing code, so a wrong key or algorithm fails. */
function expectSigned(request: ReceivedRequest, hook: Webhook, event: string) {
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['x-webwork-signature'])) ?? []
  expect(Math.abs(Date.now() / 1000 - Number(t))).toBeLessThan(60)
  expect(v1).toBe(createHmac('sha256', hook.token!).update(`${t}.${request.body}`).digest('hex'))
  expect(request.method).toBe('POST')
  expect(request.headers['content-type']).toBe('application/json')
  expect(request.headers['x-webwork-event']).toBe(event)
  const payload = webhookPayloadSchema.parse(JSON.parse(request.body))
  expect(payload).toMatchObject({ event, workspace_id: demo.acme })
  expect(request.headers['x-webwork-delivery']).toBe(payload.id)
  return payload
}

const deliveries = async (hook: Webhook) =>
  webhookDeliveryListSchema.parse((await demo.call(`/webhooks/${hook.id}/deliveries?workspace_id=${demo.acme}`)).body).data

describe('webhook deliveries', () => {
  it('POSTs a signed project.created event to a subscribed URL and logs the delivery', async () => {
    const { receiver, hook } = await receiverWithHook(['project.created'])
    const created = projectEnvelopeSchema.parse(
      (await demo.call(`/projects?workspace_id=${demo.acme}`, { method: 'POST', body: { name: 'Hooked' } })).body,
    ).data
    const [request] = await receiver.waitFor(1)
    const payload = expectSigned(request!, hook, 'project.created')
    expect(payload.data).toMatchObject({ id: created.id, name: 'Hooked', rate: null })
    const log = await deliveries(hook)
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ id: payload.id, event: 'project.created', status: 'succeeded', next_attempt_at: null })
    expect(log[0]!.attempts.map((a) => a.status_code)).toEqual([200])
  })

  it('sends member and project events only to webhooks subscribed to them', async () => {
    const members = await receiverWithHook(['member.invited', 'member.updated', 'member.archived'])
    const projects = await receiverWithHook(['project.updated', 'project.deleted'])
    const invite = await demo.call(`/members?workspace_id=${demo.acme}`, {
      method: 'POST',
      body: { email: 'hooked@demo.test', firstname: 'Hook', lastname: 'Ed', role: 'Regular User' },
    })
    const userId = invite.body.data.user_id as number
    await demo.call(`/members/${userId}?workspace_id=${demo.acme}`, { method: 'PUT', body: { firstname: 'Hooked' } })
    await demo.call(`/members/${userId}?workspace_id=${demo.acme}`, { method: 'DELETE' })
    const events = (await members.receiver.waitFor(3)).map((r) => expectSigned(r, members.hook, r.headers['x-webwork-event'] as string))
    expect(events.map((e) => e.event).sort()).toEqual(['member.archived', 'member.invited', 'member.updated'])
    expect(events.find((e) => e.event === 'member.updated')!.data).toMatchObject({ id: userId, firstname: 'Hooked', email: 'hooked@demo.test' })
    expect(events.find((e) => e.event === 'member.archived')!.data).toMatchObject({ status: 'left' })

    const id = projectEnvelopeSchema.parse((await demo.call(`/projects?workspace_id=${demo.acme}`, { method: 'POST', body: { name: 'Quiet' } })).body).data.id
    await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'PUT', body: { name: 'Loud' } })
    await demo.call(`/projects/${id}?workspace_id=${demo.acme}`, { method: 'DELETE' })
    const projectEvents = (await projects.receiver.waitFor(2)).map((r) => expectSigned(r, projects.hook, r.headers['x-webwork-event'] as string))
    expect(projectEvents.map((e) => e.event).sort()).toEqual(['project.deleted', 'project.updated'])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(projects.receiver.requests).toHaveLength(2) // not project.created
    expect(members.receiver.requests).toHaveLength(3) // no project events
  })

  it('retries after a 500 with the same delivery id and body, freshly signed', async () => {
    const { receiver, hook } = await receiverWithHook(['project.created'], { statuses: [500, 200] })
    const test = await demo.call(`/webhooks/${hook.id}/test?workspace_id=${demo.acme}`, { method: 'POST' })
    expect(test.status).toBe(202)
    const queued = webhookDeliveryEnvelopeSchema.parse(test.body).data
    expect(queued).toMatchObject({ event: 'webhook.test', status: 'pending', webhook_id: hook.id })
    const [first, second] = await receiver.waitFor(2)
    expectSigned(first!, hook, 'webhook.test')
    expectSigned(second!, hook, 'webhook.test')
    expect(second!.headers['x-webwork-delivery']).toBe(queued.id)
    expect(second!.body).toBe(first!.body)
    await expect.poll(async () => (await deliveries(hook))[0]!.status).toBe('succeeded')
    expect((await deliveries(hook))[0]!.attempts.map((a) => [a.attempt, a.status_code, a.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 200, null],
    ])
  })

  it('gives up after three attempts and logs each failure', async () => {
    const { receiver, hook } = await receiverWithHook(['project.created'], { statuses: [503] })
    await demo.call(`/webhooks/${hook.id}/test?workspace_id=${demo.acme}`, { method: 'POST' })
    await receiver.waitFor(3)
    await expect.poll(async () => (await deliveries(hook))[0]!.status).toBe('failed')
    expect((await deliveries(hook))[0]!.attempts.map((a) => a.status_code)).toEqual([503, 503, 503])
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(receiver.requests).toHaveLength(3)
  })

  it('never makes the API answer wait for a slow receiver, and times the receiver out', async () => {
    const { receiver, hook } = await receiverWithHook(['project.created'], { delayMs: 1_500 })
    const started = Date.now()
    const response = await demo.call(`/projects?workspace_id=${demo.acme}`, { method: 'POST', body: { name: 'Fast answer' } })
    expect(response.status).toBe(201)
    expect(Date.now() - started).toBeLessThan(1_000) // the receiver takes 1.5 s
    await receiver.waitFor(1)
    await expect.poll(async () => (await deliveries(hook))[0]!.attempts[0]?.error ?? null, { timeout: 3_000 }).toMatch(/timed out/)
  })

  it('logs an unreachable receiver as a failed attempt', async () => {
    const receiver = await startWebhookReceiver()
    await receiver.close()
    const hook = webhookEnvelopeSchema.parse(
      (await demo.call('/webhooks', { method: 'POST', body: { workspace_id: demo.acme, url: receiver.url, events: ['project.created'] } })).body,
    ).data
    await demo.call(`/webhooks/${hook.id}/test?workspace_id=${demo.acme}`, { method: 'POST' })
    await expect.poll(async () => (await deliveries(hook))[0]!.status).toBe('failed')
    const attempts = (await deliveries(hook))[0]!.attempts
    expect(attempts).toHaveLength(3)
    expect(attempts.every((a) => a.status_code === null && /ECONNREFUSED/.test(a.error ?? ''))).toBe(true)
  })
  it('announces a tracker started and stopped through the API, signed', async () => {
    const { receiver, hook } = await receiverWithHook(['tracker.started', 'tracker.stopped'])
    const contract = demo.sandbox.store.data.contracts.find(
      (k) => k.workspaceId === demo.acme && k.status === 'active' && !demo.sandbox.store.data.runningTrackers.some((t) => t.userId === k.userId),
    )!
    const body = { workspace_id: demo.acme, user_id: contract.userId, contract_id: contract.id }
    expect((await demo.call('/time-tracking/start', { method: 'POST', body })).status).toBe(200)
    expect((await demo.call('/time-tracking/stop', { method: 'POST', body: { workspace_id: demo.acme, user_id: contract.userId } })).status).toBe(200)
    const [started, stopped] = await receiver.waitFor(2)
    expect(expectSigned(started!, hook, 'tracker.started').data).toMatchObject({ user_id: contract.userId, contract_id: contract.id, tracking_method: 'api' })
    expect(expectSigned(stopped!, hook, 'tracker.stopped').data).toMatchObject({ user_id: contract.userId, stopped_at: expect.any(String) })
  })
})
