import { useSyncExternalStore } from 'react'
import { ApiError, isApiError } from './errors'

// Endpoints the dashboard uses although the vendor's docs do not promise them (assumed paths, or
// operations the docs name without a path). On the vendor they may answer 404 or 405: the first
// such answer marks the capability missing for this tab's session (it is a property of the API,
// not of the user), later uses are not sent at all, and the UI hides or disables the action with
// one plain line instead of breaking the page. README "Vendor compatibility" lists them.

export const capabilityLabels = {
  'leave-decisions': 'approve and reject leave requests',
  'leave-policies': 'list leave policies',
  'webhook-delete': 'delete webhooks',
  'webhook-test': 'send a test delivery to a webhook',
  'webhook-deliveries': 'list webhook deliveries',
  'activity-descriptions': 'the activity descriptions report',
} as const
export type Capability = keyof typeof capabilityLabels

/** What the UI says where a missing capability's action would be. */
export const NOT_OFFERED = "WebWork's API does not offer this; do it in WebWork."

const missing = new Set<Capability>()
const listeners = new Set<() => void>()

export const capabilities = {
  isMissing: (capability: Capability) => missing.has(capability),
  markMissing(capability: Capability) {
    if (missing.has(capability)) return
    missing.add(capability)
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  /** For tests: forget what was learnt. */
  reset() {
    missing.clear()
    for (const listener of listeners) listener()
  },
}

function notOffered(capability: Capability, request?: string) {
  return new ApiError('not-offered', `${NOT_OFFERED} (${capabilityLabels[capability]})`, { status: 404, request })
}

/**
 * Runs a request to an endpoint the docs do not promise. A 404 or 405 marks the capability
 * missing and becomes a `not-offered` error; a capability known missing is not asked again.
 * Assumed: on such a path a 404 means "no such endpoint" (the vendor's Laravel answers unknown
 * routes with 404), even though it could also mean an unknown id.
 */
export async function withCapability<T>(capability: Capability, request: () => Promise<T>): Promise<T> {
  if (missing.has(capability)) throw notOffered(capability)
  try {
    return await request()
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 405)) {
      capabilities.markMissing(capability)
      throw notOffered(capability, error.details.request)
    }
    throw error
  }
}

/** False once the vendor has shown it lacks `capability`; re-renders when that is learnt. */
export function useCapability(capability: Capability): boolean {
  return !useSyncExternalStore(capabilities.subscribe, () => missing.has(capability))
}
