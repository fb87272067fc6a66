import type { ServerStore } from '../store/store'
import type { TrackingChange } from './tracking'

// Each workspace has one channel in the store (Redis pub/sub with REDIS_URL): whichever process
// received a delivery or registered the webhook says so there, and every process's open streams
// of that workspace hear it.

export type ChannelMessage =
  | { kind: 'change'; change: TrackingChange }
  /** The receiving status may have changed: streams read it again. */
  | { kind: 'status' }

export const channelOf = (workspaceId: number) => `live:${workspaceId}`

export const announceChange = (store: ServerStore, workspaceId: number, change: TrackingChange) =>
  store.publish(channelOf(workspaceId), JSON.stringify({ kind: 'change', change } satisfies ChannelMessage))

export const announceStatus = (store: ServerStore, workspaceId: number) =>
  store.publish(channelOf(workspaceId), JSON.stringify({ kind: 'status' } satisfies ChannelMessage))
