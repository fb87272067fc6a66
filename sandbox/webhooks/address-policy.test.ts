import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webhookDeliveryListSchema } from '../../src/contract/webhooks'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, startTestSandbox } from '../testing/fixture'
import { isPrivateAddress } from './address-policy'

// Webhooks must not turn the sandbox into a scanner of its own network (issue 14, item 6).

describe('private addresses', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
  ])('%s is refused', (address) => expect(isPrivateAddress(address)).toBe(true))
  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is allowed', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  )
})

describe('registration and delivery without --allow-private-webhooks', () => {
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, allowPrivateWebhooks: false })
  })
  afterAll(() => sandbox.close())
  const call = (path: string, init: Parameters<typeof api>[2] = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init })

  it.each([
    'http://127.0.0.1:22/',
    'http://localhost:6379/',
    'http://[::1]/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://10.0.0.5/hook',
    'http://0.0.0.0:8080/',
  ])('refuses %s with a 422 on url', async (url) => {
    const response = await call('/webhooks', { method: 'POST', body: { workspace_id: 1000, url, events: ['tracker.started'] } })
    expect(response.status).toBe(422)
    expect(response.body.errors.url[0]).toMatch(
      /^The url must point at a public address: .* (a loopback, link-local or private address|could not be resolved)\.$/,
    )
  })

  it('refuses to move a webhook onto a private address, and does not deliver to one already there', async () => {
    // The seed's demo webhook points at 127.0.0.1 (registered before the rule).
    const [hook] = (await call('/webhooks?workspace_id=1000')).body.data as { id: string; url: string }[]
    expect(hook!.url).toMatch(/127\.0\.0\.1/)
    const moved = await call(`/webhooks/${hook!.id}`, { method: 'PUT', body: { workspace_id: 1000, url: 'http://192.168.0.10/' } })
    expect(moved.status).toBe(422)

    const test = await call(`/webhooks/${hook!.id}/test?workspace_id=1000`, { method: 'POST' })
    expect(test.status).toBe(202)
    await expect
      .poll(async () => webhookDeliveryListSchema.parse((await call(`/webhooks/${hook!.id}/deliveries?workspace_id=1000`)).body).data[0])
      .toMatchObject({
        status: 'failed',
        attempts: [{ attempt: 1, status_code: null, error: expect.stringMatching(/^not sent: 127\.0\.0\.1 resolves to 127\.0\.0\.1/) }],
      })
  })
})
