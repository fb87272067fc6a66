import { Hono } from 'hono'
import { apiRoles, idParamSchema } from '../../../src/contract/common'
import { inviteMemberInputSchema, memberFiltersSchema, updateMemberInputSchema, type MemberWire, type UpdateMemberInput } from '../../../src/contract/members'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import type { ApiEnv, SandboxContext } from '../../context'
import { hashToken, randomToken } from '../../oauth/secrets'
import type { MembershipRecord } from '../../store/types'
import { emitWebhookEvent, memberEventData } from '../../webhooks/events'
import { apiTimestamp, paginate, success } from '../envelope'
import { conflict, fieldError, forbidden, notFound } from '../errors'
import { invitedUser } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

/**
 * Who may change what on a membership (assumed; the docs only say Owner cannot be assigned):
 * nobody edits the Owner but the Owner; nobody changes their own role or rate permission; only an
 * Owner grants rate visibility; nobody changes another person's email (their sign-in). A person's
 * name, time zone and avatar are one record shared by every workspace they belong to, so an admin
 * may change them only where that admin also runs every one of those workspaces.
 */
function assertMayUpdate(scope: WorkspaceScope, target: MembershipRecord, input: UpdateMemberInput, adminEverywhere: boolean) {
  const self = target.userId === scope.membership.userId
  if (target.role === 'Owner' && !self) throw forbidden('Only the workspace owner may edit the owner.')
  if (input.role !== undefined && target.role === 'Owner') throw fieldError('role', "The workspace owner's role cannot be changed.")
  if (self && (input.role !== undefined || input.rate_status !== undefined)) {
    throw forbidden('You cannot change your own role or rate permission.')
  }
  if (input.rate_status !== undefined && scope.membership.role !== 'Owner') throw forbidden('Only the workspace owner may grant rate visibility.')
  if (!self && input.email !== undefined) throw forbidden("A member's email is their sign-in; only they may change it.")
  const identity = input.firstname ?? input.lastname ?? input.timezone ?? input.remove_avatar
  if (!self && identity !== undefined && !adminEverywhere) {
    throw forbidden('This person also belongs to workspaces you do not manage; only they may change their name, time zone or avatar.')
  }
}

export function memberRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function present(m: MembershipRecord, scope: WorkspaceScope): MemberWire {
    const user = store.data.users.find((u) => u.id === m.userId)!
    const team = m.teamId === null ? undefined : store.data.teams.find((t) => t.id === m.teamId)
    return {
      id: user.id,
      email: user.email,
      firstname: user.firstname,
      lastname: user.lastname,
      avatar: user.avatar,
      current_role: m.role,
      timezone: user.timezone,
      status: m.status,
      team_name: team?.name ?? null,
      title: m.title,
      // Rates vanish for callers who may not see them (documented), rather than reading 0.
      ...(scope.canSeeRates ? { rate: m.rate, rate_type: m.rateType } : {}),
      rate_status: m.rateStatus,
      screenshots: m.screenshots,
      is_blocked: m.isBlocked,
      weekly_hours_limit: m.weeklyHoursLimit,
      created_at: apiTimestamp(m.createdAt),
      updated_at: apiTimestamp(m.updatedAt),
      deleted_at: m.deletedAt && apiTimestamp(m.deletedAt),
    }
  }

  function findMembership(scope: WorkspaceScope, rawId: string): MembershipRecord {
    const id = parseInput(idParamSchema, rawId)
    const m = store.data.memberships.find((x) => x.workspaceId === scope.workspace.id && x.userId === id)
    if (!m) throw notFound('Member')
    return m
  }

  /** Whether `adminId` is an Owner or Executive manager in every workspace `userId` belongs to. */
  const adminsEverywhere = (adminId: number, userId: number) =>
    store.data.memberships
      .filter((m) => m.userId === userId && m.status !== 'left')
      .every((m) =>
        store.data.memberships.some((a) => a.workspaceId === m.workspaceId && a.userId === adminId && apiRoles.includes(a.role) && a.status !== 'left'),
      )

  const emailTaken = (email: string, exceptUserId?: number) =>
    store.data.users.find((u) => u.email.toLowerCase() === email.toLowerCase() && u.id !== exceptUserId)

  return new Hono<ApiEnv>()
    .get('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const query = parseInput(paginationQuerySchema().extend(memberFiltersSchema.shape), c.req.query())
      const rows = store.data.memberships
        .filter((m) => m.workspaceId === scope.workspace.id && (!query.status || m.status === query.status) && (!query.role || m.role === query.role))
        .map((m) => present(m, scope))
        .filter((m) => !query.email || m.email.toLowerCase() === query.email.toLowerCase())
        .sort((a, b) => Number(a.id) - Number(b.id))
      const page = paginate(rows, query)
      return success(c, page.data, { message: 'Members retrieved successfully', pagination: page.pagination })
    })
    .post('/', (c) => {
      const scope = workspaceScope(ctx, c)
      const input = parseInput(inviteMemberInputSchema, c.var.body)
      const now = new Date().toISOString()
      const existing = emailTaken(input.email)
      if (existing && store.data.memberships.some((m) => m.workspaceId === scope.workspace.id && m.userId === existing.id)) {
        throw fieldError('email', 'The email has already been taken.')
      }
      const user = invitedUser(store, input, now)
      store.data.memberships.push({
        workspaceId: scope.workspace.id,
        userId: user.id,
        role: input.role,
        // Assumed: an invitation not yet accepted shows as `inactive`.
        status: 'inactive',
        teamId: null,
        title: null,
        rate: 0,
        rateStatus: 0,
        rateType: 'hourly',
        screenshots: 'on',
        isBlocked: false,
        weeklyHoursLimit: 40,
        createdAt: now,
        activatedAt: null,
        updatedAt: now,
        deletedAt: null,
      })
      store.changed()
      emitWebhookEvent(ctx, scope.workspace.id, 'member.invited', memberEventData(store, scope.workspace.id, user.id))
      const invitation = randomToken()
      return success(
        c,
        {
          user_id: user.id,
          invitation_link: `${ctx.origin()}/dashboard/accept-invitation/${hashToken(invitation).slice(0, 40)}`,
        },
        { message: 'Member invited successfully', status: 201 },
      )
    })
    .get('/:memberId', (c) => {
      const scope = workspaceScope(ctx, c)
      const m = findMembership(scope, c.req.param('memberId'))
      return success(c, present(m, scope), { message: 'Member retrieved successfully' })
    })
    .put('/:memberId', (c) => {
      const scope = workspaceScope(ctx, c)
      const m = findMembership(scope, c.req.param('memberId'))
      const input = parseInput(updateMemberInputSchema, c.var.body)
      if (m.status === 'left') throw conflict('This member is archived and cannot be updated.')
      assertMayUpdate(scope, m, input, adminsEverywhere(scope.membership.userId, m.userId))
      if (input.email && emailTaken(input.email, m.userId)) throw fieldError('email', 'The email has already been taken.')
      const user = store.data.users.find((u) => u.id === m.userId)!
      const now = new Date().toISOString()
      if (input.email !== undefined) user.email = input.email.toLowerCase()
      if (input.firstname !== undefined) user.firstname = input.firstname
      if (input.lastname !== undefined) user.lastname = input.lastname
      if (input.timezone !== undefined) user.timezone = input.timezone
      if (input.remove_avatar === 1) user.avatar = null
      if (input.role !== undefined) m.role = input.role
      if (input.rate_status !== undefined) m.rateStatus = input.rate_status
      if (input.weekly_hours_limit !== undefined) m.weeklyHoursLimit = input.weekly_hours_limit
      m.updatedAt = now
      store.changed()
      emitWebhookEvent(ctx, scope.workspace.id, 'member.updated', memberEventData(store, scope.workspace.id, m.userId))
      return success(c, present(m, scope), { message: 'Member updated successfully' })
    })
    .delete('/:memberId', (c) => {
      const scope = workspaceScope(ctx, c)
      const m = findMembership(scope, c.req.param('memberId'))
      if (m.role === 'Owner') throw fieldError('member', 'The workspace owner cannot be archived.')
      if (m.userId === c.var.caller.user.id) throw fieldError('member', 'You cannot archive yourself.')
      if (m.status === 'left') throw conflict('This member is already archived.')
      const now = new Date().toISOString()
      // Assumed: archiving marks the member `left` and ends their contracts in this workspace.
      m.status = 'left'
      m.deletedAt = now
      m.updatedAt = now
      for (const contract of store.data.contracts) {
        if (contract.workspaceId === scope.workspace.id && contract.userId === m.userId) contract.status = 'inactive'
      }
      store.changed()
      emitWebhookEvent(ctx, scope.workspace.id, 'member.archived', memberEventData(store, scope.workspace.id, m.userId))
      return success(c, null, { message: 'Member archived successfully' })
    })
}
