import { Hono } from 'hono'
import type { WorkspaceWire } from '../../../src/contract/workspaces'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import type { ApiEnv, SandboxContext } from '../../context'
import { apiTimestamp, paginate, success } from '../envelope'
import { parseInput } from '../validate'

/** `YYYY-MM-DD HH:MM:SS`, the documented (non-ISO) shape of `activated_at`. */
const sqlDateTime = (iso: string) => iso.slice(0, 19).replace('T', ' ')

export function workspaceRoutes(ctx: SandboxContext) {
  return new Hono<ApiEnv>().get('/', (c) => {
    const query = parseInput(paginationQuerySchema(), c.req.query())
    const { data } = ctx.store
    const caller = c.var.caller.user
    const rows: WorkspaceWire[] = data.memberships
      .filter((m) => m.userId === caller.id && m.status !== 'left')
      .flatMap((m) => {
        const w = data.workspaces.find((ws) => ws.id === m.workspaceId && ws.status === 'active')
        if (!w) return []
        return [
          {
            id: w.id,
            owner_id: w.ownerId,
            user_id: caller.id,
            workspace_name: w.name,
            role: m.role,
            status: m.status,
            created_at: apiTimestamp(w.createdAt),
            activated_at: m.activatedAt && sqlDateTime(m.activatedAt),
          },
        ]
      })
      .sort((a, b) => a.id - b.id)
    const page = paginate(rows, query)
    return success(c, page.data, { message: 'Workspaces retrieved successfully', pagination: page.pagination })
  })
}
