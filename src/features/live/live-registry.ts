import { LiveStore } from './live-store'
import { initialSchedulerState, type SchedulerState } from './refresh-scheduler'

// One store and scheduler state per workspace for the tab's lifetime: leaving the board and
// coming back keeps the readings (with their age) instead of starting over and re-spending.

const registry = new Map<number, { store: LiveStore; scheduler: { state: SchedulerState } }>()

export function liveStoreFor(workspaceId: number) {
  let entry = registry.get(workspaceId)
  if (!entry) {
    entry = { store: new LiveStore(), scheduler: { state: initialSchedulerState() } }
    registry.set(workspaceId, entry)
  }
  return entry
}
