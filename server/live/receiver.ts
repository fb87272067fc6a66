import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { checkSignature } from '../../sandbox/webhooks/signature'
import { WEBHOOK_HEADERS, webhookPayloadSchema } from '../../src/contract/webhooks'
import type { ServerContext } from '../context'
import { announceChange } from './channel'
import { noteDelivery } from './receiving'
import { readRegistration, secretsOf } from './registration'
import { applyTrackerEvent, TRACKER_EVENTS, type TrackerEvent } from './tracking'

// POST <PUBLIC_URL>/webhooks/webwork: WebWork's deliveries. Each is verified against the secrets
// of the workspace it names (the assumed scheme of sandbox/webhooks/signature.ts: an HMAC over the
// delivery time and the body, five minutes either way), counted once by its id (retries repeat
// it), and applied to who is tracking; the change goes to every process's streams. A refusal
// names its reason in plain words for whoever reads the vendor's delivery log.

/** Deliveries are small JSON; anything bigger is not one. */
const MAX_BODY = 64 * 1024
/** Assumed: the vendor's retries of one delivery end within a day (the sandbox's within seconds). */
const SEEN_TTL_MS = 24 * 60 * 60_000

const refuse = (c: Context, status: ContentfulStatusCode, error: string) => c.json({ received: false, error }, status)

export function webhookReceiver(ctx: ServerContext) {
  const { store } = ctx
  return new Hono().post('/webwork', bodyLimit({ maxSize: MAX_BODY, onError: (c) => refuse(c, 413, 'A delivery is at most 64 kB.') }), async (c) => {
    const raw = await c.req.text()
    let parsed: ReturnType<typeof webhookPayloadSchema.safeParse>
    try {
      parsed = webhookPayloadSchema.safeParse(JSON.parse(raw))
    } catch {
      return refuse(c, 400, 'The body is not JSON.')
    }
    if (!parsed.success) return refuse(c, 400, 'The body is not a WebWork delivery (id, event, workspace_id, created_at, data).')
    const delivery = parsed.data

    // The workspace named in the body only picks the secrets; nothing is believed before the signature.
    const registration = await readRegistration(ctx, delivery.workspace_id)
    const secrets = secretsOf(ctx, registration)
    if (!registration || secrets.length === 0) return refuse(c, 401, 'This server has no webhook for that workspace.')
    const checks = secrets.map((secret) => checkSignature(secret, raw, c.req.header(WEBHOOK_HEADERS.signature)))
    if (!checks.includes('valid')) {
      return checks.includes('expired')
        ? refuse(c, 400, 'The signature is more than five minutes old (a replay, or a clock far off).')
        : refuse(c, 401, 'The signature does not match.')
    }

    // The id is the body's (signed), not the header's.
    const seen = `live:delivery:${delivery.id}`
    if (!(await store.setIfAbsent(seen, 1, SEEN_TTL_MS))) return c.json({ received: true, duplicate: true })
    try {
      await noteDelivery(ctx, delivery.workspace_id, registration)
      if ((TRACKER_EVENTS as readonly string[]).includes(delivery.event)) {
        const change = await applyTrackerEvent(store, delivery.workspace_id, delivery.event as TrackerEvent, delivery.data, delivery.created_at)
        if (change) await announceChange(store, delivery.workspace_id, change)
      }
    } catch (error) {
      // Not applied: forget it so that the vendor's retry is.
      await store.delete(seen).catch(() => undefined)
      throw error
    }
    return c.json({ received: true })
  })
}
