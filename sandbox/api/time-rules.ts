// Checks shared by the time-tracking and time-entry routes: whose time, on which contract and task.

import type { SandboxContext } from '../context'
import type { ContractRecord, MembershipRecord, TaskRecord } from '../store/types'
import { fieldError } from './errors'
import type { WorkspaceScope } from './workspace-scope'

/**
 * The member whose time is read or written. Another workspace's user (or an unknown one) is a
 * 422 on `user_id`, as Laravel's `exists` rule answers; `canTrack` also requires an active
 * member who is not a project viewer (only they track time).
 */
export function memberOf(ctx: SandboxContext, scope: WorkspaceScope, userId: number, canTrack = false): MembershipRecord {
  const membership = ctx.store.data.memberships.find((m) => m.workspaceId === scope.workspace.id && m.userId === userId)
  if (!membership) throw fieldError('user_id', 'The selected user is not a member of this workspace.')
  if (canTrack && (membership.status !== 'active' || membership.role === 'Project viewer')) {
    throw fieldError('user_id', 'The selected user cannot track time in this workspace (not an active member).')
  }
  return membership
}

/** A contract of this member in this workspace; `active` for live tracking (old time may use ended ones). */
export function contractOf(ctx: SandboxContext, scope: WorkspaceScope, userId: number, contractId: number, active: boolean): ContractRecord {
  const contract = ctx.store.data.contracts.find((c) => c.id === contractId && c.workspaceId === scope.workspace.id)
  if (!contract || contract.userId !== userId) throw fieldError('contract_id', 'The selected contract does not belong to this member.')
  if (active && contract.status !== 'active') throw fieldError('contract_id', 'The selected contract is not active.')
  return contract
}

/** The task must belong to the contract's project (documented for start; assumed for entries). */
export function taskOf(ctx: SandboxContext, contract: ContractRecord, taskId: number): TaskRecord {
  const task = ctx.store.data.tasks.find((t) => t.id === taskId && t.workspaceId === contract.workspaceId)
  if (!task || task.projectId !== contract.projectId) throw fieldError('task_id', "The selected task does not belong to the contract's project.")
  return task
}
