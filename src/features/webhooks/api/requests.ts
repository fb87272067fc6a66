import {
  webhookDeletedEnvelopeSchema,
  webhookDeliveryEnvelopeSchema,
  webhookDeliveryListSchema,
  webhookEnvelopeSchema,
  webhookListSchema,
  type CreateWebhookInput,
  type UpdateWebhookInput,
} from '@/contract/webhooks'
import { api } from '@/lib/api/client'
import { fetchAllPages } from '@/lib/api/fetch-all-pages'
import type { Priority } from '@/lib/api/rate-budget'

type Options = { signal?: AbortSignal; priority?: Priority }
const path = (id: string) => `/webhooks/${encodeURIComponent(id)}`

export function listWebhooks(workspaceId: number, options: Options = {}) {
  return fetchAllPages((page) =>
    api.get('/webhooks', {
      schema: webhookListSchema,
      params: { workspace_id: workspaceId, ...page },
      ...options,
    }),
  )
}

export async function createWebhook(workspaceId: number, input: CreateWebhookInput) {
  return (
    await api.post('/webhooks', {
      schema: webhookEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

export async function updateWebhook(workspaceId: number, id: string, input: UpdateWebhookInput) {
  return (
    await api.put(path(id), {
      schema: webhookEnvelopeSchema,
      body: { workspace_id: workspaceId, ...input },
    })
  ).data
}

/** Assumed path (README): the vendor documents no delete. */
export function deleteWebhook(workspaceId: number, id: string) {
  return api.delete(path(id), {
    schema: webhookDeletedEnvelopeSchema,
    params: { workspace_id: workspaceId },
  })
}

/** Assumed: 202, sends `webhook.test` in the background; the delivery log shows how it went. */
export async function sendTestEvent(workspaceId: number, id: string) {
  return (
    await api.post(`${path(id)}/test`, {
      schema: webhookDeliveryEnvelopeSchema,
      body: { workspace_id: workspaceId },
    })
  ).data
}

/** The last deliveries, newest first (one page is enough to see how the latest went). */
export async function listDeliveries(workspaceId: number, id: string, options: Options = {}) {
  return (
    await api.get(`${path(id)}/deliveries`, {
      schema: webhookDeliveryListSchema,
      params: { workspace_id: workspaceId, per_page: 10 },
      ...options,
    })
  ).data
}
