import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import { createWebhookInputSchema, updateWebhookInputSchema, WEBHOOK_TEST_EVENT, type WebhookWire } from '../../../src/contract/webhooks'
import type { ApiEnv, SandboxContext } from '../../context'
import type { WebhookRecord } from '../../store/types'
import { newWebhookToken } from '../../webhooks/signature'
import { apiTimestamp, paginate, success } from '../envelope'
import { notFound, fieldError } from '../errors'
import { refusedWebhookTarget } from '../../webhooks/address-policy'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

/** The docs show the token on list and get too, so every read carries it. */
const present = (w: WebhookRecord): WebhookWire => ({
  id: w.id,
  url: w.url,
  events: w.events,
  token: w.token,
  created_at: apiTimestamp(w.createdAt),
})

export function webhookRoutes(ctx: SandboxContext) {
  /** Refuses a URL the sandbox may not deliver to (see sandbox/webhooks/address-policy.ts). */
  const assertReachable = async (url: string) => {
    if (ctx.config.allowPrivateWebhooks) return
    const reason = await refusedWebhookTarget(url)
    if (reason) throw fieldError('url', `The url must point at a public address: ${reason}.`)
  }
  const { store } = ctx

  function find(scope: WorkspaceScope, id: string): WebhookRecord {
    const hook = store.data.webhooks.find((w) => w.id === id && w.workspaceId === scope.workspace.id)
    if (!hook) throw notFound('Webhook')
    return hook
  }

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema(), c.req.query())
      const rows = store.data.webhooks
        .filter((w) => w.workspaceId === scope.workspace.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      const page = paginate(rows, query)
      return success(c, page.data.map(present), { message: 'Webhooks retrieved successfully', pagination: page.pagination })
    })
    .post('/', async (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(createWebhookInputSchema, c.var.body)
      await assertReachable(input.url)
      const hook: WebhookRecord = {
        id: randomUUID(),
        workspaceId: scope.workspace.id,
        url: input.url,
        events: input.events,
        token: newWebhookToken(),
        createdAt: new Date().toISOString(),
      }
      store.data.webhooks.push(hook)
      store.changed()
      // Variant A answers 200 here, not 201.
      return success(c, present(hook), { message: 'Webhook created successfully' })
    })
    .get('/:webhookId', (c) => {
      const scope = workspaceScope(ctx, c)
      return success(c, present(find(scope, c.req.param('webhookId'))), { message: 'Webhook retrieved successfully' })
    })
    .put('/:webhookId', async (c) => {
      const scope = workspaceScope(ctx, c)
      const hook = find(scope, c.req.param('webhookId'))
      const input = parseInput(updateWebhookInputSchema, c.var.body)
      await assertReachable(input.url)
      hook.url = input.url
      if (input.events) hook.events = input.events
      store.changed()
      // The docs show only `success`; the webhook is added so a form can refresh from the answer.
      return success(c, present(hook), { message: 'Webhook updated successfully' })
    })
    .delete('/:webhookId', (c) => {
      const scope = workspaceScope(ctx, c)
      const hook = find(scope, c.req.param('webhookId'))
      store.data.webhooks.splice(store.data.webhooks.indexOf(hook), 1)
      ctx.webhooks.forget(hook.id)
      store.changed()
      return success(c, null, { message: 'Webhook deleted successfully' })
    })
    .get('/:webhookId/deliveries', (c) => {
      const scope = workspaceScope(ctx, c)
      const hook = find(scope, c.req.param('webhookId'))
      const query = parseInput(paginationQuerySchema(), c.req.query())
      const page = paginate(ctx.webhooks.deliveriesOf(hook.id), query)
      return success(c, page.data, { message: 'Webhook deliveries retrieved successfully', pagination: page.pagination })
    })
    .post('/:webhookId/test', (c) => {
      const scope = workspaceScope(ctx, c)
      const hook = find(scope, c.req.param('webhookId'))
      const delivery = ctx.webhooks.send(hook, WEBHOOK_TEST_EVENT, {
        message: 'This is a test event from the WebWork sandbox.',
        webhook_id: hook.id,
      })
      // 202: the delivery is queued; its outcome shows in the delivery log.
      return success(c, delivery, { message: 'Test event queued', status: 202 })
    })
}
