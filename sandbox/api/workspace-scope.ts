import type { Context } from 'hono'
import { z } from 'zod'
import { apiRoles } from '../../src/contract/common'
import type { ApiEnv, SandboxContext } from '../context'
import type { MembershipRecord, WorkspaceRecord } from '../store/types'
import { ApiError, fieldError, notFound } from './errors'
import { parseInput } from './validate'

const workspaceIdSchema = z.object({
  workspace_id: z.coerce
    .number('The workspace id must be an integer.')
    .int('The workspace id must be an integer.')
    .positive('The workspace id must be an integer.'),
})

export interface WorkspaceScope {
  workspace: WorkspaceRecord
  /** The caller's own membership in it. */
  membership: MembershipRecord
  /** Whether rates and amounts may be shown to this caller (assumed rule: Owner, or rate_status 1). */
  canSeeRates: boolean
}

/**
 * The workspace a request acts on, with the caller's rights in it. `workspace_id` is read from
 * the query string first, then from the JSON body: the vendor's pages put it in either place.
 * Another workspace's id answers 404 (as an unknown one does); a role that may not use the API
 * answers 403.
 */
export function workspaceScope(ctx: SandboxContext, c: Context<ApiEnv>): WorkspaceScope {
  const raw = c.req.query('workspace_id') ?? c.var.body.workspace_id
  if (raw === undefined || raw === null || raw === '') throw fieldError('workspace_id', 'The workspace id field is required.')
  const { workspace_id } = parseInput(workspaceIdSchema, { workspace_id: raw })
  const { data } = ctx.store
  const caller = c.var.caller.user
  const workspace = data.workspaces.find((w) => w.id === workspace_id && w.status === 'active')
  const membership = data.memberships.find((m) => m.workspaceId === workspace_id && m.userId === caller.id)
  if (!workspace || !membership || membership.status === 'left') throw notFound('Workspace')
  if (!apiRoles.includes(membership.role)) {
    throw new ApiError(403, 'REST API access is restricted to workspace Owners and Executive managers.', {
      error: 'Forbidden',
    })
  }
  return { workspace, membership, canSeeRates: membership.role === 'Owner' || membership.rateStatus === 1 }
}
