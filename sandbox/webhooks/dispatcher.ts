import { randomUUID } from 'node:crypto'
import { WEBHOOK_HEADERS, type DeliveredEvent, type WebhookDelivery, type WebhookPayload } from '../../src/contract/webhooks'
import { apiTimestamp } from '../api/envelope'
import type { Store } from '../store/store'
import type { WebhookRecord } from '../store/types'
import { refusedWebhookTarget } from './address-policy'
import { signBody } from './signature'

export interface WebhookDeliveryOptions {
  /** Tries per delivery, the first included. */
  attempts: number
  /** Wait before the 2nd, 3rd, ... attempt; the last value repeats. */
  retryDelaysMs: number[]
  /** An attempt that takes longer has failed. */
  timeoutMs: number
  /** Deliver to loopback, link-local and private addresses too (`--allow-private-webhooks`). */
  allowPrivateTargets: boolean
}

/** Assumed policy: 3 attempts, 2 s then 10 s apart, 5 s per attempt. Tests shorten it. */
export const DEFAULT_WEBHOOK_DELIVERY: WebhookDeliveryOptions = { attempts: 3, retryDelaysMs: [2_000, 10_000], timeoutMs: 5_000, allowPrivateTargets: false }

/** Deliveries kept per webhook (newest first); the log is in memory and starts empty on restart. */
const LOG_LIMIT = 100

/**
 * Sends events to webhook URLs in the background: the API answer never waits for a receiver.
 * Each delivery is POSTed, signed, and retried with backoff until a 2xx or out of attempts.
 */
export class WebhookDispatcher {
  readonly options: WebhookDeliveryOptions
  private readonly logs = new Map<string, WebhookDelivery[]>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly closing = new AbortController()

  constructor(
    private readonly store: Store,
    options: Partial<WebhookDeliveryOptions> = {},
  ) {
    this.options = { ...DEFAULT_WEBHOOK_DELIVERY, ...options }
  }

  /** Queue `event` for every webhook of the workspace subscribed to it; returns the deliveries. */
  emit(workspaceId: number, event: DeliveredEvent, data: unknown): WebhookDelivery[] {
    return this.store.data.webhooks
      .filter((hook) => hook.workspaceId === workspaceId && hook.events.includes(event))
      .map((hook) => this.send(hook, event, data))
  }

  /** Queue one delivery to one webhook, whatever it subscribes to (the test action). */
  send(hook: WebhookRecord, event: DeliveredEvent, data: unknown): WebhookDelivery {
    const id = randomUUID()
    const now = apiTimestamp()
    const payload: WebhookPayload = { id, event, workspace_id: hook.workspaceId, created_at: now, data }
    const delivery: WebhookDelivery = {
      id,
      webhook_id: hook.id,
      event,
      status: 'pending',
      attempts: [],
      next_attempt_at: now,
      payload,
      created_at: now,
    }
    const log = this.logs.get(hook.id) ?? []
    log.unshift(delivery)
    log.length = Math.min(log.length, LOG_LIMIT)
    this.logs.set(hook.id, log)
    // Serialised once: every attempt sends the same bytes, signed with the attempt's own time.
    const body = JSON.stringify(payload)
    this.later(0, () => this.attempt(hook, delivery, body))
    return delivery
  }

  deliveriesOf(webhookId: string): readonly WebhookDelivery[] {
    return this.logs.get(webhookId) ?? []
  }

  forget(webhookId: string): void {
    this.logs.delete(webhookId)
  }

  /** Stop retrying and abort requests in flight (the sandbox is shutting down). */
  close(): void {
    this.closing.abort()
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  private later(ms: number, run: () => Promise<void>): void {
    if (this.closing.signal.aborted) return
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      void run()
    }, ms)
    this.timers.add(timer)
  }

  private async attempt(hook: WebhookRecord, delivery: WebhookDelivery, body: string): Promise<void> {
    // A webhook removed meanwhile gets nothing more.
    if (!this.store.data.webhooks.some((h) => h.id === hook.id)) return this.finish(delivery, 'failed')
    const started = Date.now()
    const at = apiTimestamp()
    let statusCode: number | null = null
    let error: string | null = null
    // Checked again at connect time: the name may resolve to another address than at registration.
    const refusal = this.options.allowPrivateTargets ? null : await refusedWebhookTarget(hook.url)
    if (refusal) {
      delivery.attempts.push({ attempt: delivery.attempts.length + 1, at, status_code: null, error: `not sent: ${refusal}`, duration_ms: 0 })
      return this.finish(delivery, 'failed')
    }
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'WebWork-Sandbox-Webhooks/1.0',
          [WEBHOOK_HEADERS.signature]: signBody(hook.token, body),
          [WEBHOOK_HEADERS.event]: delivery.event,
          [WEBHOOK_HEADERS.delivery]: delivery.id,
        },
        body,
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      })
      statusCode = response.status
      await response.body?.cancel()
      if (!response.ok) error = `HTTP ${response.status}`
    } catch (caught) {
      error = describeFailure(caught, this.options.timeoutMs)
    }
    delivery.attempts.push({ attempt: delivery.attempts.length + 1, at, status_code: statusCode, error, duration_ms: Date.now() - started })
    if (error === null) return this.finish(delivery, 'succeeded')
    if (delivery.attempts.length >= this.options.attempts || this.closing.signal.aborted) return this.finish(delivery, 'failed')
    const delays = this.options.retryDelaysMs
    const wait = delays[Math.min(delivery.attempts.length - 1, delays.length - 1)] ?? 0
    delivery.next_attempt_at = apiTimestamp(new Date(Date.now() + wait))
    this.later(wait, () => this.attempt(hook, delivery, body))
  }

  private finish(delivery: WebhookDelivery, status: 'succeeded' | 'failed'): void {
    delivery.status = status
    delivery.next_attempt_at = null
  }
}

/** `connect ECONNREFUSED 127.0.0.1:4999` rather than undici's bare "fetch failed". */
function describeFailure(caught: unknown, timeoutMs: number): string {
  if (!(caught instanceof Error)) return String(caught)
  if (caught.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`
  return caught.cause instanceof Error ? caught.cause.message : caught.message
}
