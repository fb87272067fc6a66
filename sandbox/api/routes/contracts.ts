import { Hono } from 'hono'
import { idParamSchema } from '../../../src/contract/common'
import { contractFiltersSchema, createContractInputSchema, updateContractInputSchema } from '../../../src/contract/contracts'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import type { ApiEnv, SandboxContext } from '../../context'
import type { ContractRecord } from '../../store/types'
import { paginate, success } from '../envelope'
import { conflict, fieldError, notFound } from '../errors'
import { activeProjectField, membershipField } from '../lookups'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'
import { presentContract, storedContractStatus, storedScreenshots } from './contract-view'

export function contractRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function find(scope: WorkspaceScope, rawId: string): ContractRecord {
    const id = parseInput(idParamSchema, rawId)
    const k = store.data.contracts.find((x) => x.id === id && x.workspaceId === scope.workspace.id)
    if (!k) throw notFound('Contract')
    return k
  }

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema().extend(contractFiltersSchema.shape), c.req.query())
      const rows = store.data.contracts
        .filter(
          (k) =>
            k.workspaceId === scope.workspace.id &&
            (!query.project_id || k.projectId === query.project_id) &&
            (!query.user_id || k.userId === query.user_id) &&
            (!query.status || (query.status === 'active') === (k.status === 'active')),
        )
        .sort((a, b) => a.id - b.id)
      const page = paginate(rows, query)
      return success(
        c,
        page.data.map((k) => presentContract(store, k, scope)),
        {
          message: 'Contracts retrieved successfully',
          pagination: page.pagination,
        },
      )
    })
    .post('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(createContractInputSchema, c.var.body)
      const project = activeProjectField(store, scope, input.project_id)
      const member = membershipField(store, scope, input.user_id)
      if (member.status === 'left') throw fieldError('user_id', 'The selected member is archived.')
      // Assumed: viewers reach projects through project-viewer access, not contracts.
      if (member.role === 'Project viewer') throw fieldError('user_id', 'A project viewer cannot have a contract.')
      if (store.data.contracts.some((k) => k.projectId === project.id && k.userId === member.userId)) {
        throw fieldError('user_id', 'The member already has a contract on this project.')
      }
      const now = new Date().toISOString()
      const contract: ContractRecord = {
        id: store.nextId(),
        workspaceId: scope.workspace.id,
        projectId: project.id,
        userId: member.userId,
        // Documented: a rate is stored only when the caller may view rates; otherwise (assumed)
        // the member's own workspace rate applies.
        rate: scope.canSeeRates && input.rate !== undefined ? input.rate : member.rate,
        rateType: member.rateType,
        weeklyHoursLimit: input.weekly_hours_limit,
        // Assumed default: the project's screenshot mode.
        screenshots: input.screenshots ? storedScreenshots(input.screenshots) : project.screenshots,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      }
      store.data.contracts.push(contract)
      store.changed()
      return success(c, presentContract(store, contract, scope), { message: 'Contract created successfully', status: 201 })
    })
    .get('/:contractId', (c) => {
      const scope = workspaceScope(ctx, c)
      const k = find(scope, c.req.param('contractId'))
      return success(c, presentContract(store, k, scope), { message: 'Contract retrieved successfully' })
    })
    .put('/:contractId', (c) => {
      const scope = workspaceScope(ctx, c)
      const k = find(scope, c.req.param('contractId'))
      const input = parseInput(updateContractInputSchema, c.var.body)
      if (input.status === 'active' && k.status !== 'active') {
        const member = store.data.memberships.find((m) => m.workspaceId === k.workspaceId && m.userId === k.userId)
        if (member?.status === 'left') throw conflict('The member is archived; their contract cannot be resumed.')
        if (store.data.projects.find((p) => p.id === k.projectId)?.status !== 1) throw conflict('The project is archived; its contracts cannot be resumed.')
      }
      if (input.weekly_hours_limit !== undefined) k.weeklyHoursLimit = input.weekly_hours_limit
      if (input.screenshots !== undefined) k.screenshots = storedScreenshots(input.screenshots)
      // Documented: rate changes apply only when the caller may view rates (silently ignored otherwise).
      if (input.rate !== undefined && scope.canSeeRates) k.rate = input.rate
      if (input.status !== undefined) k.status = storedContractStatus(input.status)
      k.updatedAt = new Date().toISOString()
      store.changed()
      return success(c, presentContract(store, k, scope), { message: 'Contract updated successfully' })
    })
    .delete('/:contractId', (c) => {
      const scope = workspaceScope(ctx, c)
      const k = find(scope, c.req.param('contractId'))
      // Assumed: tracked time keeps pointing at its contract (timesheets and reports price it), so
      // such a contract can only be paused.
      if (store.spansOf(k.userId).some((span) => span.contractId === k.id)) {
        throw conflict('This contract has tracked time and cannot be deleted; pause it instead.')
      }
      store.data.contracts.splice(store.data.contracts.indexOf(k), 1)
      // Task assignment needs a contract on the project: the member leaves its tasks too.
      for (const task of store.data.tasks) {
        if (task.projectId === k.projectId) task.assigneeIds = task.assigneeIds.filter((id) => id !== k.userId)
      }
      store.changed()
      return success(c, null, { message: 'Contract deleted successfully' })
    })
}
