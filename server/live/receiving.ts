import type { ServerContext } from '../context'
import { announceStatus } from './channel'
import { readRegistration, RECEIVER_PATH, type Registration } from './registration'

// Whether WebWork's deliveries reach this server, as the board says it: the registration's test
// delivery (or any delivery) arrived, or none did within the grace after it was asked for.

export type ReceivingState =
  /** No webhook yet: the first board of the workspace is registering it. */
  | 'registering'
  /** A delivery arrived since the registration (its test, or a tracker event). */
  | 'receiving'
  /** Registered; the test delivery is on its way, or the vendor offers none and nothing came yet. */
  | 'waiting'
  /** WebWork refused our URL, or the test delivery did not arrive in time. */
  | 'unreachable'
  /** Registration failed for another reason (no right to, the budget, the vendor down). */
  | 'failed'

export interface Receiving {
  state: ReceivingState
  /** PUBLIC_URL, which the board names when WebWork cannot reach it. */
  publicUrl: string
  /** Where WebWork delivers: `<PUBLIC_URL>/webhooks/webwork`. */
  url: string
  /** Why, in a sentence, for `unreachable` and `failed`. */
  detail?: string
  /** ISO instant of the latest delivery. */
  lastDeliveryAt?: string
}

/** Assumed: a test delivery that has not arrived 15 s after it was asked for is not coming (the sandbox retries at 2 s and 10 s). */
export const DEFAULT_REACH_GRACE_MS = 15_000

const deliveredKey = (workspaceId: number) => `live:delivered:${workspaceId}`
const DELIVERED_TTL_MS = 30 * 24 * 60 * 60_000

/** The status now, and when it should be read again (the grace running out) if it may change by itself. */
export function receivingStatus(
  publicUrl: string,
  registration: Registration | undefined,
  lastDeliveryAt: number | undefined,
  now: number,
  graceMs: number,
): { status: Receiving; recheckInMs?: number } {
  const last = lastDeliveryAt === undefined ? {} : { lastDeliveryAt: new Date(lastDeliveryAt).toISOString() }
  const url = `${publicUrl}${RECEIVER_PATH}`
  const status = (state: ReceivingState, detail?: string): Receiving => ({ state, publicUrl, url, ...(detail ? { detail } : {}), ...last })
  if (!registration) return { status: status('registering') }
  const { problem, testSentAt } = registration
  if (problem?.unreachable) return { status: status('unreachable', problem.message) }
  // A failed re-check leaves the secrets of the earlier registration working: judge by deliveries then.
  if (problem && !registration.sealed) return { status: status('failed', problem.message) }
  if (testSentAt === undefined) return { status: status(lastDeliveryAt === undefined ? 'waiting' : 'receiving') }
  if (lastDeliveryAt !== undefined && lastDeliveryAt >= testSentAt) return { status: status('receiving') }
  const left = testSentAt + graceMs - now
  if (left > 0) return { status: status('waiting'), recheckInMs: left }
  return { status: status('unreachable', `no test delivery arrived within ${Math.round(graceMs / 1000)} s of asking for one`) }
}

export async function readReceiving(ctx: ServerContext, workspaceId: number, graceMs: number) {
  const [registration, lastDeliveryAt] = await Promise.all([readRegistration(ctx, workspaceId), ctx.store.get<number>(deliveredKey(workspaceId))])
  return receivingStatus(ctx.config.publicUrl, registration, lastDeliveryAt, Date.now(), graceMs)
}

/** A verified delivery arrived: note when, and tell the streams if it is the first since the test was asked for. */
export async function noteDelivery(ctx: ServerContext, workspaceId: number, registration: Registration): Promise<void> {
  const key = deliveredKey(workspaceId)
  const previous = await ctx.store.get<number>(key)
  await ctx.store.set(key, Date.now(), DELIVERED_TTL_MS)
  if (previous === undefined || (registration.testSentAt !== undefined && previous < registration.testSentAt)) await announceStatus(ctx.store, workspaceId)
}
