import { errorEnvelopeSchema } from '../../src/contract/envelope'
import { webhookListSchema, webhookEnvelopeSchema, webhookWriteEnvelopeSchema, type Webhook } from '../../src/contract/webhooks'
import { sendAsSession, type SessionHandle } from '../api/vendor-session'
import { seal, unseal } from '../auth/seal'
import type { ServerConfig } from '../config'
import type { ServerContext } from '../context'
import { announceStatus } from './channel'
import { TRACKER_EVENTS } from './tracking'

// The server's webhook at the vendor, one per workspace: registered (or found and reused) with the
// signed-in user's token when a board of that workspace opens, through the user's budget. The
// vendor gives the signing secret as the webhook's `token` (POST /webhooks answers it; the docs
// show it on list and get too); the server keeps it sealed, for as long as deliveries may come,
// whether or not anyone watches. Then it asks for a test delivery, when the vendor offers one, so
// that a silence says WebWork cannot reach PUBLIC_URL.

export const RECEIVER_PATH = '/webhooks/webwork'
export const receiverUrl = (config: ServerConfig) => `${config.publicUrl}${RECEIVER_PATH}`

export interface Registration {
  /** Our webhooks in the workspace (more than one when several were registered at our URL). */
  webhookIds: string[]
  /** Their signing secrets, sealed. */
  sealed?: string
  checkedAt: number
  /** Assumed: the registration is re-checked (and the test repeated) an hour after the last check. */
  nextCheckAt: number
  /** When a test delivery was asked for; absent when the vendor offers none. */
  testSentAt?: number
  /** Why the last attempt failed, in the vendor's words; `unreachable` when it refused our URL. */
  problem?: { message: string; unreachable: boolean }
}

const RECHECK_MS = 60 * 60_000
/** After a failure, the next board that opens tries again after a minute. */
const RETRY_MS = 60_000
/** Secrets are kept while deliveries may come: long after the last board closed. */
const REGISTRATION_TTL_MS = 30 * 24 * 60 * 60_000
const LOCK_MS = 30_000
const SECRETS = 'webhook secrets'

const registrationKey = (workspaceId: number) => `live:webhook:${workspaceId}`

export const readRegistration = (ctx: ServerContext, workspaceId: number) => ctx.store.get<Registration>(registrationKey(workspaceId))

export function secretsOf(ctx: ServerContext, registration: Registration | undefined): string[] {
  return (registration?.sealed && unseal<string[]>(ctx.config.sessionSecret, SECRETS, registration.sealed)) || []
}

/**
 * Register or reuse the workspace's webhook when it is due (first time, or an hour since the
 * last check), once across processes; announces the new status on the workspace's channel.
 */
export async function ensureWebhook(ctx: ServerContext, handle: SessionHandle, workspaceId: number): Promise<void> {
  const { store } = ctx
  const known = await readRegistration(ctx, workspaceId)
  if (known && Date.now() < known.nextCheckAt) return
  const lock = `lock:${registrationKey(workspaceId)}`
  if (!(await store.setIfAbsent(lock, 1, LOCK_MS))) return
  try {
    await register(ctx, handle, workspaceId, known)
  } catch (error) {
    const message = error instanceof VendorUnavailable ? error.message : 'WebWork could not be reached to register the webhook'
    if (!(error instanceof VendorUnavailable)) console.error(`live: registering the webhook of workspace ${workspaceId}: ${(error as Error).message}`)
    await save(ctx, workspaceId, { webhookIds: [], ...known, ...checked(RETRY_MS), problem: { message, unreachable: false } })
  } finally {
    await store.delete(lock)
    await announceStatus(store, workspaceId)
  }
}

const checked = (nextInMs: number) => ({ checkedAt: Date.now(), nextCheckAt: Date.now() + nextInMs })

const save = (ctx: ServerContext, workspaceId: number, registration: Registration) =>
  ctx.store.set(registrationKey(workspaceId), registration, REGISTRATION_TTL_MS)

async function register(ctx: ServerContext, handle: SessionHandle, workspaceId: number, known: Registration | undefined) {
  const call = vendorCaller(ctx, handle)
  const url = receiverUrl(ctx.config)
  const listed = await listWebhooks(call, workspaceId)
  if (!listed.ok) return save(ctx, workspaceId, { webhookIds: [], ...known, ...checked(RETRY_MS), problem: { message: listed.message, unreachable: false } })

  let ours = listed.webhooks.filter((hook) => hook.url === url)
  if (ours.length === 0) {
    const created = await call('POST', '/webhooks', { workspace_id: workspaceId, url, events: [...TRACKER_EVENTS] })
    if (!created.ok) {
      // The vendor refused our URL (a private address, say): it will not deliver there.
      const unreachable = created.status === 422
      return save(ctx, workspaceId, { webhookIds: [], ...known, ...checked(RETRY_MS), problem: { message: created.message, unreachable } })
    }
    const echoed = webhookWriteEnvelopeSchema.safeParse(created.body)
    ours = echoed.success && echoed.data.data ? [echoed.data.data] : []
  }
  for (const hook of ours) {
    const missing = TRACKER_EVENTS.filter((event) => !hook.events.includes(event))
    // Someone narrowed it (or registered it by hand): add back what the board needs, keep the rest.
    if (missing.length > 0)
      await call('PUT', `/webhooks/${encodeURIComponent(hook.id)}`, { workspace_id: workspaceId, url, events: [...hook.events, ...missing] })
  }
  const secrets: string[] = []
  for (const hook of ours) {
    const token = hook.token ?? (await readToken(call, workspaceId, hook.id))
    if (token) secrets.push(token)
  }
  if (secrets.length === 0) {
    const message = 'WebWork did not give the webhook’s secret, so deliveries could not be verified'
    return save(ctx, workspaceId, { webhookIds: [], ...known, ...checked(RETRY_MS), problem: { message, unreachable: false } })
  }
  const registration: Registration = {
    webhookIds: ours.map((hook) => hook.id),
    sealed: seal(ctx.config.sessionSecret, SECRETS, secrets),
    ...checked(RECHECK_MS),
    // Asked for before the request, and saved with the secrets first: the test can arrive before the answer.
    testSentAt: Date.now(),
  }
  await save(ctx, workspaceId, registration)
  const test = await call('POST', `/webhooks/${encodeURIComponent(ours[0]!.id)}/test`, { workspace_id: workspaceId })
  // Assumed endpoint (the docs have none): where it is missing, nothing tells a silence from a quiet day.
  if (!test.ok) await save(ctx, workspaceId, { ...registration, testSentAt: undefined })
}

async function listWebhooks(call: VendorCaller, workspaceId: number) {
  const webhooks: Webhook[] = []
  for (let page = 1; page <= 10; page++) {
    const answer = await call('GET', `/webhooks?workspace_id=${workspaceId}&per_page=100&page=${page}`)
    if (!answer.ok) return { ok: false as const, message: answer.message }
    const list = webhookListSchema.safeParse(answer.body)
    if (!list.success) return { ok: false as const, message: 'WebWork’s list of webhooks could not be read' }
    webhooks.push(...list.data.data)
    if (!list.data.pagination || page >= list.data.pagination.last_page) break
  }
  return { ok: true as const, webhooks }
}

async function readToken(call: VendorCaller, workspaceId: number, webhookId: string) {
  const answer = await call('GET', `/webhooks/${encodeURIComponent(webhookId)}?workspace_id=${workspaceId}`)
  const read = answer.ok ? webhookEnvelopeSchema.safeParse(answer.body) : undefined
  return read?.success ? read.data.data.token : undefined
}

/** The vendor would not take a request from this user now (budget spent, or the session over). */
class VendorUnavailable extends Error {}

type VendorCaller = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ ok: true; status: number; body: unknown } | { ok: false; status: number; message: string }>

const messageSchema = errorEnvelopeSchema.pick({ message: true, errors: true })

function vendorCaller(ctx: ServerContext, handle: SessionHandle): VendorCaller {
  return async (method, path, body) => {
    const headers = new Headers({ accept: 'application/json' })
    if (body !== undefined) headers.set('content-type', 'application/json')
    const answer = await sendAsSession(ctx, handle, {
      method,
      path,
      // Opening a board is the user's doing; its registration should not wait behind background reads.
      priority: 'page',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    })
    if (answer.kind === 'signed-out') throw new VendorUnavailable('the session ended before the webhook was registered')
    if (answer.kind === 'rate-limited') throw new VendorUnavailable('the rate budget was spent; the webhook is registered at the next opening')
    const { response } = answer
    const json: unknown = await response.json().catch(() => undefined)
    if (response.ok) return { ok: true, status: response.status, body: json }
    const error = messageSchema.safeParse(json)
    const field = error.success ? Object.values(error.data.errors ?? {})[0]?.[0] : undefined
    return { ok: false, status: response.status, message: field ?? (error.success ? error.data.message : `WebWork answered ${response.status}`) }
  }
}
