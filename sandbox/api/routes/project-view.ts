import { createHash } from 'node:crypto'
import type { ProjectTag, ProjectWire } from '../../../src/contract/projects'
import type { Store } from '../../store/store'
import type { ProjectRecord } from '../../store/types'
import { apiTimestamp } from '../envelope'

// Projects as seeds/004 shows them.

/** Assumed palette: tags carry a color in the docs; the seed has names only. */
const TAG_COLORS = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2'] as const

/**
 * Tags are names in the store. Their ids are derived from the workspace and the name, so a tag has
 * the same id on every project and across restarts (assumed; there is no tag endpoint).
 */
function tag(workspaceId: number, name: string): ProjectTag {
  const digest = createHash('sha256').update(`${workspaceId}:${name}`).digest()
  return { id: digest.readUInt32BE(0) & 0x7fffffff, name, color: TAG_COLORS[digest[4]! % TAG_COLORS.length]! }
}

/**
 * `rate` is null for callers who may not see rates (assumed, by the documented rule for rates
 * anywhere); `budget_estimation` stays visible: it is the project's plan, not anyone's pay.
 */
export function presentProject(store: Store, p: ProjectRecord, canSeeRates: boolean): ProjectWire {
  return {
    id: p.id,
    name: p.name,
    owner_id: p.ownerId,
    start_date: p.startDate,
    deadline: p.deadline,
    estimation: p.estimation,
    budget_estimation: p.budget,
    notes: p.notes,
    icon: p.icon,
    is_billable: p.isBillable,
    rate: canSeeRates ? p.rate : null,
    weekly_hours_limit: p.weeklyHoursLimit,
    screenshots: p.screenshots,
    tags: p.tags.map((name) => tag(p.workspaceId, name)),
    contracts_count: store.data.contracts.filter((k) => k.projectId === p.id && k.status === 'active').length,
    status: p.status,
    created_at: apiTimestamp(p.createdAt),
    updated_at: apiTimestamp(p.updatedAt),
    deleted_at: p.deletedAt && apiTimestamp(p.deletedAt),
  }
}
