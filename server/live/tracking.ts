import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { ServerStore } from '../store/store'

// Who is tracking now, per workspace, as the vendor's tracker.started / tracker.stopped webhooks
// tell it: one store hash per workspace, one field per member, so every server process shares it.
// A member's field holds their running tracker, or when it stopped. Deliveries can arrive late, out
// of order or twice (retries, two webhooks): each carries its instant, and a field only moves
// forward in time (a stop wins over a start at the same instant), so the order of arrival does not
// matter. Every change counts in the hash's revision, which the stream uses as event ids.

export const TRACKER_EVENTS = ['tracker.started', 'tracker.stopped'] as const
export type TrackerEvent = (typeof TRACKER_EVENTS)[number]

/** A running tracker as the board needs it. */
export interface TrackingNow {
  user_id: number
  project_id: number | null
  task_id: number | null
  contract_id: number | null
  description: string | null
  /** web, api, desktop, … as the vendor names it; null when not sent. */
  method: string | null
  /** ISO instant. */
  started_at: string
}

type MemberField = { tracker: TrackingNow } | { stoppedAt: string }

/** A change to announce on the stream. */
export type TrackingChange =
  { type: 'started'; revision: number; tracker: TrackingNow } | { type: 'stopped'; revision: number; user_id: number; stopped_at: string }

/** How long a workspace's state outlives its last change (a tracker left running over a long weekend is kept). */
const STATE_TTL_MS = 14 * 24 * 60 * 60_000

const stateKey = (workspaceId: number) => `live:tracking:${workspaceId}`
const epochKey = (workspaceId: number) => `live:epoch:${workspaceId}`

const id = z.coerce.number().int()
const optionalId = z.union([id, z.null()]).optional().catch(undefined)
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an instant')

/**
 * The `data` of a tracker event. Assumed shape (the vendor's is not documented; the sandbox's
 * is sandbox/live/tracker-events.ts), read tolerantly: only the member and the instant are needed.
 */
const trackerEventDataSchema = z.object({
  user_id: id,
  project_id: optionalId,
  task_id: optionalId,
  contract_id: optionalId,
  activity_description: z.string().nullable().optional().catch(undefined),
  tracking_method: z.string().nullable().optional().catch(undefined),
  started_at: instant.optional(),
  stopped_at: instant.optional(),
})

/**
 * Apply one verified delivery. `deliveredAt` stands in for an instant the data lacks. Returns the
 * change to announce, or undefined when the state already knew as much (or the data is unusable).
 */
export async function applyTrackerEvent(
  store: ServerStore,
  workspaceId: number,
  event: TrackerEvent,
  data: unknown,
  deliveredAt: string,
): Promise<TrackingChange | undefined> {
  const parsed = trackerEventDataSchema.safeParse(data)
  if (!parsed.success) return undefined
  const d = parsed.data
  await ensureEpoch(store, workspaceId)
  const field = String(d.user_id)
  if (event === 'tracker.started') {
    const tracker: TrackingNow = {
      user_id: d.user_id,
      project_id: d.project_id ?? null,
      task_id: d.task_id ?? null,
      contract_id: d.contract_id ?? null,
      description: d.activity_description ?? null,
      method: d.tracking_method ?? null,
      started_at: new Date(d.started_at ?? deliveredAt).toISOString(),
    }
    const revision = await store.putIfNewer(stateKey(workspaceId), field, version(tracker.started_at, 'start'), { tracker } satisfies MemberField, STATE_TTL_MS)
    return revision ? { type: 'started', revision, tracker } : undefined
  }
  const stoppedAt = new Date(d.stopped_at ?? deliveredAt).toISOString()
  const revision = await store.putIfNewer(stateKey(workspaceId), field, version(stoppedAt, 'stop'), { stoppedAt } satisfies MemberField, STATE_TTL_MS)
  return revision ? { type: 'stopped', revision, user_id: d.user_id, stopped_at: stoppedAt } : undefined
}

/** Later instants are newer; at one instant a stop is newer than a start. */
const version = (at: string, kind: 'start' | 'stop') => Date.parse(at) * 2 + (kind === 'stop' ? 1 : 0)

export interface TrackingSnapshot {
  tracking: TrackingNow[]
  /** Members whose tracker stopped, and when: with `tracking`, everyone whose state the server knows. */
  stopped: { user_id: number; stopped_at: string }[]
  revision: number
  /** Names this state's history: a new one (a restart without Redis) means earlier event ids mean nothing. */
  epoch: string
  /** Since when the state has been kept (the epoch's start): trackers started before may be missing. */
  since: string
}

export async function readTracking(store: ServerStore, workspaceId: number): Promise<TrackingSnapshot> {
  const { epoch, since } = await ensureEpoch(store, workspaceId)
  const { fields, revision } = await store.readVersioned<MemberField>(stateKey(workspaceId))
  const tracking: TrackingNow[] = []
  const stopped: TrackingSnapshot['stopped'] = []
  for (const [member, field] of fields) {
    if ('tracker' in field) tracking.push(field.tracker)
    else stopped.push({ user_id: Number(member), stopped_at: field.stoppedAt })
  }
  tracking.sort((a, b) => a.started_at.localeCompare(b.started_at) || a.user_id - b.user_id)
  return { tracking, stopped, revision, epoch, since }
}

/** The workspace's epoch, made the first time anyone asks (it lives as long as the state may). */
async function ensureEpoch(store: ServerStore, workspaceId: number): Promise<{ epoch: string; since: string }> {
  const key = epochKey(workspaceId)
  const made = { epoch: randomBytes(6).toString('base64url'), since: new Date().toISOString() }
  if (await store.setIfAbsent(key, made, STATE_TTL_MS)) return made
  await store.touch(key, STATE_TTL_MS)
  return (await store.get<{ epoch: string; since: string }>(key)) ?? made
}
