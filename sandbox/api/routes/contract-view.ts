import type { Contract, ContractWire, screenshotModeValues } from '../../../src/contract/contracts'
import type { Store } from '../../store/store'
import type { ContractRecord } from '../../store/types'
import { apiTimestamp } from '../envelope'
import { fullName, userById } from '../people'
import type { WorkspaceScope } from '../workspace-scope'

// The one place where contract records become API contracts and API values become record values.

type ScreenshotMode = (typeof screenshotModeValues)[number]
type StoredScreenshots = ContractRecord['screenshots']

/**
 * The store keeps the seed's short words for the three common modes and the API's own names for
 * the rest; the API always speaks the vendor's enum. Labels beyond the first three are assumed.
 */
const SCREENSHOTS: Record<StoredScreenshots, { value: ScreenshotMode; label: string }> = {
  on: { value: 'full', label: 'Full screenshots' },
  blur: { value: 'blurred', label: 'Blurred screenshots' },
  off: { value: 'no_screenshot', label: 'No screenshots' },
  no_preview: { value: 'no_preview', label: 'Screenshots without preview' },
  background_blurred: { value: 'background_blurred', label: 'Background blurred screenshots' },
  video_full: { value: 'video_full', label: 'Full video' },
  video_blurred: { value: 'video_blurred', label: 'Blurred video' },
  video_full_silent: { value: 'video_full_silent', label: 'Full video without sound' },
  video_blurred_silent: { value: 'video_blurred_silent', label: 'Blurred video without sound' },
}

const STORED_SCREENSHOTS = new Map(Object.entries(SCREENSHOTS).map(([stored, { value }]) => [value, stored as StoredScreenshots]))

/** The record value for an API screenshot mode. */
export const storedScreenshots = (mode: ScreenshotMode): StoredScreenshots => STORED_SCREENSHOTS.get(mode)!

/** Assumed: the connector's numeric `rate_type`, 1 hourly and 2 fixed. */
const RATE_TYPE = { hourly: 1, fixed: 2 } as const

/** The API's `active|paused` is the store's `active|inactive`. */
export const storedContractStatus = (status: Contract['status']): ContractRecord['status'] => (status === 'active' ? 'active' : 'inactive')

export function presentContract(store: Store, k: ContractRecord, scope: WorkspaceScope): ContractWire {
  const project = store.data.projects.find((p) => p.id === k.projectId)
  const user = userById(store, k.userId)
  const membership = store.data.memberships.find((m) => m.workspaceId === k.workspaceId && m.userId === k.userId)
  return {
    id: k.id,
    project_id: k.projectId,
    project_name: project?.name ?? null,
    project_icon: project?.icon ?? null,
    user_id: user.id,
    user_firstname: user.firstname,
    user_lastname: user.lastname,
    user_email: user.email,
    user_role: membership?.role ?? null,
    weekly_hours_limit: k.weeklyHoursLimit,
    screenshots: SCREENSHOTS[k.screenshots].value,
    screenshots_label: SCREENSHOTS[k.screenshots].label,
    // Documented: the rate shows only to callers who may see rates, and only on billable projects.
    ...(scope.canSeeRates && project?.isBillable ? { rate: k.rate, rate_type: RATE_TYPE[k.rateType] } : {}),
    currency: scope.workspace.currency,
    contract_name: `${project?.name ?? 'No project'} — ${fullName(user)}`,
    status: k.status === 'active' ? 'active' : 'paused',
    created_at: apiTimestamp(k.createdAt),
    updated_at: apiTimestamp(k.updatedAt),
  }
}
