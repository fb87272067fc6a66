import {
  webhookDeletedEnvelopeSchema,
  webhookDeliveryListSchema,
  webhookListSchema,
  webhookTestEnvelopeSchema,
  webhookWriteEnvelopeSchema,
  type CreateWebhookInput,
  type UpdateWebhookInput,
} from '@/contract/webhooks'
import { withCapability } from '@/lib/api/capabilities'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }
const path = (id: string) => `/webhooks/${encodeURIComponent(id)}`

export function listWebhooks(workspaceId: number, options: Options = {}) {
  return fetchAllPages('GET /webhooks', (page) =>
    api.get('/webhooks', {
      schema: webhookListSchema,
      params: { workspace_id: workspaceId, ...page },
      ...options,
    }),
  )
}

// Register and update are documented; they are judged by the envelope (update answers
// `{ success }` only) and the list is re-read after either.

/** The registered webhook when the answer echoes it (its token is shown once), else null. */
export async function createWebhook(workspaceId: number, input: CreateWebhookInput) {
  return (
    await api.post('/webhooks', {
      schema: webhookWriteEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

export function updateWebhook(workspaceId: number, id: string, input: UpdateWebhookInput) {
  return api.put(path(id), {
    schema: webhookWriteEnvelopeSchema,
    body: { workspace_id: workspaceId, ...input },
  })
}

// Delete, test and deliveries are not in the vendor's docs (the sandbox offers them): a 404 or
// 405 marks the capability missing for the session and the page says so instead of failing.

export function deleteWebhook(workspaceId: number, id: string) {
  return withCapability('webhook-delete', () =>
    api.delete(path(id), {
      schema: webhookDeletedEnvelopeSchema,
      params: { workspace_id: workspaceId },
    }),
  )
}

/** Assumed: 202, sends `webhook.test` in the background; the delivery log shows how it went. */
export function sendTestEvent(workspaceId: number, id: string) {
  return withCapability('webhook-test', () =>
    api.post(`${path(id)}/test`, {
      schema: webhookTestEnvelopeSchema,
      body: { workspace_id: workspaceId },
    }),
  )
}

/** The last deliveries, newest first (one page is enough to see how the latest went). */
export async function listDeliveries(workspaceId: number, id: string, options: Options = {}) {
  return (
    await withCapability('webhook-deliveries', () =>
      api.get(`${path(id)}/deliveries`, {
        schema: webhookDeliveryListSchema,
        params: { workspace_id: workspaceId, per_page: 10 },
        ...options,
      }),
    )
  ).data
}
