import { useEffect, useSyncExternalStore } from 'react'
import { trackingStreamFor, type TrackingNow } from './tracking-stream'

/**
 * Who is tracking in the workspace, as the companion server pushes it, for as long as the calling
 * page is mounted (the Live board, Home's "Working now"). `connection` is `off` in static mode;
 * `known` holds only what the server has seen, so callers keep their own reading for the rest.
 */
export function useTrackingNow(workspaceId: number): TrackingNow {
  const stream = trackingStreamFor(workspaceId)
  useEffect(() => stream.retain(), [stream])
  return useSyncExternalStore(stream.subscribe, stream.getSnapshot)
}

/** Whether the push alone can be trusted for starts and stops: connected, and WebWork's deliveries arrive. */
export const isPushLive = (now: TrackingNow) => now.connection === 'live' && now.receiving?.state === 'receiving'
