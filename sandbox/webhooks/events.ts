import type { DeliveredEvent, WebhookDelivery } from '../../src/contract/webhooks'
import type { SandboxContext } from '../context'
import type { Store } from '../store/store'
import { userById } from '../api/people'

/**
 * Tell the workspace's webhooks that `event` happened. Returns at once: deliveries (and their
 * retries) run in the background, so no API answer waits for a receiver. Routes call this after
 * the change is stored; the tracker endpoints use it for `tracker.started` / `tracker.stopped`.
 */
export function emitWebhookEvent(ctx: SandboxContext, workspaceId: number, event: DeliveredEvent, data: unknown): WebhookDelivery[] {
  return ctx.webhooks.emit(workspaceId, event, data)
}

/**
 * A member as `member.*` events carry them (assumed shape). Rates are left out: a receiver is not
 * a caller whose right to see rates could be checked.
 */
export function memberEventData(store: Store, workspaceId: number, userId: number) {
  const m = store.data.memberships.find((x) => x.workspaceId === workspaceId && x.userId === userId)
  if (!m) throw new Error(`Data error: user ${userId} is not a member of workspace ${workspaceId}`)
  const user = userById(store, userId)
  return {
    id: user.id,
    email: user.email,
    firstname: user.firstname,
    lastname: user.lastname,
    role: m.role,
    status: m.status,
  }
}
