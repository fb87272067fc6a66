import { Hono } from 'hono'
import { idParamSchema } from '../../../src/contract/common'
import { contractFiltersSchema, type Contract } from '../../../src/contract/contracts'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import type { ApiEnv, SandboxContext } from '../../context'
import type { ContractRecord } from '../../store/types'
import { apiTimestamp, paginate, success } from '../envelope'
import { notFound } from '../errors'
import { fullName, userById } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

// The store keeps the seed's short screenshot words; the API speaks the vendor's enum.
const SCREENSHOTS = {
  on: { value: 'full', label: 'Full screenshots' },
  blur: { value: 'blurred', label: 'Blurred screenshots' },
  off: { value: 'no_screenshot', label: 'No screenshots' },
} as const
/** Assumed: the connector's numeric `rate_type`, 1 hourly and 2 fixed. */
const RATE_TYPE = { hourly: 1, fixed: 2 } as const

export function contractRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function present(k: ContractRecord, scope: WorkspaceScope): Contract {
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
      // The store says `inactive` for what the API calls `paused`.
      status: k.status === 'active' ? 'active' : 'paused',
      created_at: apiTimestamp(k.createdAt),
      updated_at: apiTimestamp(k.updatedAt),
    }
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
      return success(c, page.data.map((k) => present(k, scope)), {
        message: 'Contracts retrieved successfully',
        pagination: page.pagination,
      })
    })
    .get('/:contractId', (c) => {
      const scope = workspaceScope(ctx, c)
      const id = parseInput(idParamSchema, c.req.param('contractId'))
      const k = store.data.contracts.find((x) => x.id === id && x.workspaceId === scope.workspace.id)
      if (!k) throw notFound('Contract')
      return success(c, present(k, scope), { message: 'Contract retrieved successfully' })
    })
}
