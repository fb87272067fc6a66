import { z } from 'zod'
import { timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { requiredOf } from './fields'
import { optional, wireStringId, wireText, wireTimestamp } from './wire'

// Webhooks: registration is documented; delivery is not (README "Webhooks"), so everything about
// deliveries below is assumed and lives here once, for the sandbox and for receivers alike.

/** Variant B's ten events (variant A knows only the two tracker ones). */
export const webhookEventValues = [
  'tracker.started',
  'tracker.stopped',
  'member.invited',
  'member.updated',
  'member.deleted',
  'member.activated',
  'member.archived',
  'project.created',
  'project.updated',
  'project.deleted',
] as const
export const webhookEventSchema = z.enum(webhookEventValues, 'The selected event is invalid.')
export type WebhookEvent = z.infer<typeof webhookEventSchema>

/** Assumed: what `POST /webhooks/{id}/test` sends; it cannot be subscribed to. */
export const WEBHOOK_TEST_EVENT = 'webhook.test'
export type DeliveredEvent = WebhookEvent | typeof WEBHOOK_TEST_EVENT

/** Assumed delivery headers. The signature reads `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>", keyed with the token>` (see sandbox/webhooks/signature.ts). */
export const WEBHOOK_HEADERS = {
  signature: 'X-WebWork-Signature',
  event: 'X-WebWork-Event',
  delivery: 'X-WebWork-Delivery',
} as const

/**
 * A webhook as the docs show it: `{ id, url, events, token }`. Events are kept as sent (a B
 * example shows `task.updated`, which no enum lists). `created_at` is the sandbox's extra.
 */
export const webhookSchema = z.object({
  /** Opaque ("encoded") string. */
  id: wireStringId,
  url: z.string(),
  events: z.array(wireText),
  /** The signing secret, `whsec_...`; the docs show it on every read. */
  token: optional(z.string()),
  /** Assumed extra (the sandbox's); the vendor's docs show none. */
  created_at: optional(wireTimestamp),
})
export type Webhook = z.output<typeof webhookSchema>
/** A webhook as the wire carries it (the sandbox's rich answer is typed with this). */
export type WebhookWire = z.input<typeof webhookSchema>

export const webhookListSchema = listEnvelopeSchema(webhookSchema)
export const webhookEnvelopeSchema = successEnvelopeSchema(webhookSchema)
/** Register echoes the webhook; update documents `{ success }` only (variant A). */
export const webhookWriteEnvelopeSchema = writeEnvelopeSchema(webhookSchema)
/** Assumed endpoint (the docs have no delete). */
export const webhookDeletedEnvelopeSchema = writeEnvelopeSchema(z.null())

const urlField = z
  .string(requiredOf('url', 'a string'))
  .max(2048, 'The url may not be greater than 2048 characters.')
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'The url must be a valid URL.')

const eventsField = z
  .array(webhookEventSchema, requiredOf('events', 'an array'))
  .min(1, 'The events field is required.')
  // Subscribing twice to one event means nothing more; keep each once, in the given order.
  .transform((events) => [...new Set(events)])

export const createWebhookInputSchema = z.object({ url: urlField, events: eventsField })
export type CreateWebhookInput = z.input<typeof createWebhookInputSchema>

/** Variant A: `url` required, `events` optional. */
export const updateWebhookInputSchema = z.object({ url: urlField, events: eventsField.optional() })
export type UpdateWebhookInput = z.input<typeof updateWebhookInputSchema>

/** The JSON body POSTed to a webhook's URL (assumed). */
export const webhookPayloadSchema = z.object({
  /** The delivery id, also in `X-WebWork-Delivery`; the same on every retry, for de-duplication. */
  id: z.string(),
  event: z.string(),
  workspace_id: z.number().int(),
  created_at: timestampSchema,
  data: z.unknown(),
})
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>

export const webhookAttemptSchema = z.object({
  attempt: z.number().int().positive(),
  at: timestampSchema,
  /** The receiver's HTTP status; null when it could not be reached or timed out. */
  status_code: z.number().int().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number().int(),
})

/** One event sent to one webhook, with every attempt (assumed: `GET /webhooks/{id}/deliveries`). */
export const webhookDeliverySchema = z.object({
  id: z.string(),
  webhook_id: z.string(),
  event: z.string(),
  /** pending: an attempt is due; succeeded: a 2xx answer; failed: out of attempts. */
  status: z.enum(['pending', 'succeeded', 'failed']),
  attempts: z.array(webhookAttemptSchema),
  next_attempt_at: timestampSchema.nullable(),
  payload: webhookPayloadSchema,
  created_at: timestampSchema,
})
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>

export const webhookDeliveryListSchema = listEnvelopeSchema(webhookDeliverySchema)
export const webhookDeliveryEnvelopeSchema = successEnvelopeSchema(webhookDeliverySchema)
/** Assumed endpoint: `POST /webhooks/{id}/test` answers the queued delivery. */
export const webhookTestEnvelopeSchema = writeEnvelopeSchema(webhookDeliverySchema)
