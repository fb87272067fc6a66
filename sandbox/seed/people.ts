// Users, the two workspaces, their teams and memberships. Workspace A ("Acme Studio") is the one a
// dashboard is demoed on: every role and every member status appears there. Workspace B
// ("Northwind Labs") exists so the owner account has a second workspace with a different role.

import type { MemberStatus, MembershipRecord, Role, TeamRecord, UserRecord, WorkspaceRecord } from '../store/types'
import { type Day, DAY_MS, MINUTE_MS } from './calendar'
import { acmeTeams, executiveTitles, largeExtraTeams, northwindTeams, type TeamKind } from './catalog'
import { acmeRegionWeights, NameBook, northwindRegionWeights, type PersonName } from './names'
import type { Rng } from './random'
import { type SeedContext, stamp } from './seed-context'

export interface Member {
  user: UserRecord
  membership: MembershipRecord
  team: TeamKind | null
}

export interface WorkspaceGroup {
  workspace: WorkspaceRecord
  teams: TeamRecord[]
  members: Member[]
}

export interface People {
  users: UserRecord[]
  acme: WorkspaceGroup
  northwind: WorkspaceGroup
  demo: { owner: UserRecord; manager: UserRecord; member: UserRecord }
}

/** The three sign-ins the README promises; their names and places are fixed. */
export const demoPeople = {
  owner: { firstname: 'Ava', lastname: 'Owens', email: 'owner@demo.test', timezone: 'America/New_York' },
  manager: { firstname: 'Noah', lastname: 'Bennett', email: 'manager@demo.test', timezone: 'Europe/London' },
  member: { firstname: 'Lilit', lastname: 'Hakobyan', email: 'member@demo.test', timezone: 'Asia/Yerevan' },
  northwindOwner: { firstname: 'Sanne', lastname: 'de Vries', email: 'sanne.devries@northwind.test', timezone: 'Europe/Amsterdam' },
} as const

interface Slot {
  role: Role
  status: MemberStatus
  person?: PersonName & { email: string }
  userId?: number
}

/** A moment during office hours (UTC) on `day`. */
export function moment(rng: Rng, day: Day): number {
  return day * DAY_MS + rng.int(7 * 60, 19 * 60) * MINUTE_MS + rng.int(0, 59) * 1000
}

export function buildPeople(ctx: SeedContext): People {
  const rng = ctx.rng.fork('people')
  const book = new NameBook(rng)
  for (const p of Object.values(demoPeople)) book.reserve(p.firstname, p.lastname, p.email)

  // Workspaces first so their ids (1000, 1001) and the demo users' ids do not depend on the profile.
  const acmeId = ctx.ids.take()
  const northwindId = ctx.ids.take()
  const ownerId = ctx.ids.take()
  const managerId = ctx.ids.take()
  const memberId = ctx.ids.take()
  const northwindOwnerId = ctx.ids.take()

  const large = ctx.profile === 'large'
  const acmeKinds = large ? [...acmeTeams, ...largeExtraTeams] : acmeTeams
  const total = large ? 1000 : 40
  const counts = { exec: large ? 9 : 2, teamManagers: acmeKinds.length * (large ? 2 : 1), projectManagers: large ? 40 : 4, viewers: large ? 30 : 3 }
  const regulars = total - 1 - 1 - counts.exec - counts.teamManagers - counts.projectManagers - counts.viewers

  // Who is not simply active. The demo profile places these by hand so each status shows up a
  // few times; the large one draws them.
  const regularStatuses: MemberStatus[] = large
    ? Array.from({ length: regulars - 1 }, () =>
        rng.weighted<MemberStatus>([
          ['active', 88],
          ['inactive', 5],
          ['left', 4],
          ['unknown', 3],
        ]),
      )
    : rng.shuffle<MemberStatus>([
        ...Array<MemberStatus>(regulars - 1 - 7).fill('active'),
        'inactive',
        'inactive',
        'inactive',
        'left',
        'left',
        'unknown',
        'unknown',
      ])
  const staffStatus = (i: number): MemberStatus =>
    large
      ? rng.weighted<MemberStatus>([
          ['active', 95],
          ['inactive', 5],
        ])
      : i === 2
        ? 'inactive'
        : 'active'
  const viewerStatus = (i: number): MemberStatus =>
    large
      ? rng.weighted<MemberStatus>([
          ['active', 85],
          ['inactive', 10],
          ['left', 5],
        ])
      : i === 1
        ? 'inactive'
        : 'active'

  const acmeSlots: Slot[] = [
    { role: 'Owner', status: 'active', person: demoPeople.owner, userId: ownerId },
    { role: 'Executive manager', status: 'active', person: demoPeople.manager, userId: managerId },
    ...Array.from({ length: counts.exec }, (): Slot => ({ role: 'Executive manager', status: 'active' })),
    ...Array.from({ length: counts.teamManagers }, (): Slot => ({ role: 'Team manager', status: 'active' })),
    ...Array.from({ length: counts.projectManagers }, (_, i): Slot => ({ role: 'Project manager', status: staffStatus(i) })),
    { role: 'Regular User', status: 'active', person: demoPeople.member, userId: memberId },
    ...regularStatuses.map((status): Slot => ({ role: 'Regular User', status })),
    ...Array.from({ length: counts.viewers }, (_, i): Slot => ({ role: 'Project viewer', status: viewerStatus(i) })),
  ]
  const northwindSlots: Slot[] = [
    { role: 'Owner', status: 'active', person: demoPeople.northwindOwner, userId: northwindOwnerId },
    { role: 'Executive manager', status: 'active', person: demoPeople.owner, userId: ownerId },
    { role: 'Team manager', status: 'active' },
    { role: 'Project manager', status: 'active' },
    ...(['active', 'active', 'active', 'inactive'] as const).map((status): Slot => ({ role: 'Regular User', status })),
  ]

  const users = new Map<number, UserRecord>()
  const acme = buildWorkspace(ctx, rng, book, users, {
    id: acmeId,
    name: 'Acme Studio',
    currency: 'USD',
    ownerId,
    ageDays: 1100,
    kinds: acmeKinds,
    domain: 'acme.test',
    regionWeights: acmeRegionWeights,
    slots: acmeSlots,
    teamManagersPerTeam: large ? 2 : 1,
  })
  const northwind = buildWorkspace(ctx, rng, book, users, {
    id: northwindId,
    name: 'Northwind Labs',
    currency: 'EUR',
    ownerId: northwindOwnerId,
    ageDays: 560,
    kinds: northwindTeams,
    domain: 'northwind.test',
    regionWeights: northwindRegionWeights,
    slots: northwindSlots,
    teamManagersPerTeam: 1,
  })

  // Deliberate: the demo manager may not see rates, so hidden-rate paths get exercised.
  const managerMembership = acme.members.find((m) => m.user.id === managerId)?.membership
  if (managerMembership) managerMembership.rateStatus = 0

  const byId = (id: number): UserRecord => users.get(id) as UserRecord
  return {
    users: [...users.values()].sort((a, b) => a.id - b.id),
    acme,
    northwind,
    demo: { owner: byId(ownerId), manager: byId(managerId), member: byId(memberId) },
  }
}

interface WorkspacePlan {
  id: number
  name: string
  currency: string
  ownerId: number
  ageDays: number
  kinds: readonly TeamKind[]
  domain: string
  regionWeights: readonly (readonly [string, number])[]
  slots: Slot[]
  teamManagersPerTeam: number
}

function buildWorkspace(ctx: SeedContext, rng: Rng, book: NameBook, users: Map<number, UserRecord>, plan: WorkspacePlan): WorkspaceGroup {
  const createdDay = ctx.seedDay - plan.ageDays
  const workspace: WorkspaceRecord = {
    id: plan.id,
    name: plan.name,
    ownerId: plan.ownerId,
    currency: plan.currency,
    status: 'active',
    createdAt: stamp(ctx, moment(rng, createdDay)),
  }
  const teams: TeamRecord[] = plan.kinds.map((kind) => ({ id: ctx.ids.take(), workspaceId: plan.id, name: kind.name, managerIds: [] }))
  const members: Member[] = []
  let teamManagerIndex = 0

  for (const slot of plan.slots) {
    let user = slot.userId !== undefined ? users.get(slot.userId) : undefined
    const joinedDay = joinDay(ctx, rng, slot, createdDay)
    const joinedMs = slot.role === 'Owner' ? Date.parse(workspace.createdAt) : moment(rng, joinedDay)
    if (!user) {
      const person = slot.person ?? book.draw(plan.regionWeights)
      const email = slot.person?.email ?? book.email(person, plan.domain)
      user = {
        id: slot.userId ?? ctx.ids.take(),
        email,
        firstname: person.firstname,
        lastname: person.lastname,
        timezone: person.timezone,
        avatar: null,
        passwordHash: ctx.passwordHash,
        createdAt: stamp(ctx, joinedMs),
      }
      users.set(user.id, user)
    }

    // Team: managers lead one team each; most staff belong to one; owners, executives and
    // outside viewers sit above or outside teams.
    let teamIndex: number | null = null
    if (slot.role === 'Team manager') teamIndex = Math.floor(teamManagerIndex++ / plan.teamManagersPerTeam) % teams.length
    else if (slot.role === 'Regular User') teamIndex = slot.person ? 0 : rng.chance(0.95) ? rng.int(0, teams.length - 1) : null
    else if (slot.role === 'Project manager') teamIndex = rng.chance(0.5) ? rng.int(0, teams.length - 1) : null
    const team = teamIndex === null ? null : (teams[teamIndex] as TeamRecord)
    const kind = teamIndex === null ? null : (plan.kinds[teamIndex] as TeamKind)
    if (team && slot.role === 'Team manager') team.managerIds.push(user.id)

    members.push({ user, membership: membershipFor(ctx, rng, slot, plan.id, user.id, team, kind, joinedMs), team: kind })
  }
  return { workspace, teams, members }
}

function joinDay(ctx: SeedContext, rng: Rng, slot: Slot, createdDay: Day): Day {
  if (slot.status === 'unknown') return ctx.seedDay - rng.int(3, 40) // invited, not yet accepted
  if (slot.status === 'left') return Math.max(createdDay + 3, ctx.seedDay - rng.int(400, 1000))
  // Everyone else joined before the history window, so their weeks are all fully tracked.
  return Math.max(createdDay + 3, ctx.seedDay - rng.int(ctx.weeks * 7 + 40, 1000))
}

function membershipFor(
  ctx: SeedContext,
  rng: Rng,
  slot: Slot,
  workspaceId: number,
  userId: number,
  team: TeamRecord | null,
  kind: TeamKind | null,
  joinedMs: number,
): MembershipRecord {
  const { role, status } = slot
  const [lo, hi] = role === 'Executive manager' ? [60, 110] : role === 'Project manager' ? [40, 85] : role === 'Owner' ? [80, 115] : (kind?.rate ?? [25, 70])
  const rate = role === 'Project viewer' ? 0 : Math.min(120, rng.int(lo, hi) + (rng.chance(0.1) ? 0.5 : 0))
  const title =
    role === 'Owner'
      ? 'Founder & CEO'
      : role === 'Executive manager'
        ? rng.pick(executiveTitles)
        : role === 'Team manager'
          ? `${team?.name ?? 'Team'} Lead`
          : role === 'Project manager'
            ? 'Project Manager'
            : role === 'Project viewer'
              ? 'Client'
              : kind
                ? slot.person
                  ? 'Frontend Engineer'
                  : rng.pick(kind.titles)
                : null
  const activatedMs = status === 'unknown' ? null : joinedMs + rng.int(30, 3 * 24 * 60) * MINUTE_MS
  const deletedMs = status === 'left' ? (ctx.windowStart - rng.int(14, 200)) * DAY_MS + rng.int(9 * 60, 18 * 60) * MINUTE_MS : null
  const updatedMs = deletedMs ?? (status === 'inactive' ? moment(rng, ctx.seedDay - rng.int(10, 120)) : moment(rng, ctx.seedDay - rng.int(1, 90)))
  const worker = role !== 'Project viewer'
  return {
    workspaceId,
    userId,
    role,
    status,
    teamId: team?.id ?? null,
    title,
    rate,
    rateStatus: role === 'Owner' || role === 'Executive manager' || (role === 'Team manager' && rng.chance(0.5)) ? 1 : 0,
    rateType: role === 'Regular User' && !slot.person && rng.chance(0.08) ? 'fixed' : 'hourly',
    screenshots: rng.weighted([
      ['on', 75],
      ['blur', 15],
      ['off', 10],
    ] as const),
    isBlocked: status === 'inactive' && rng.chance(0.5),
    weeklyHoursLimit: !worker
      ? 0
      : slot.person
        ? 40
        : rng.weighted([
            [40, 70],
            [30, 12],
            [20, 8],
            [60, 10],
          ] as const),
    createdAt: stamp(ctx, joinedMs),
    activatedAt: activatedMs === null ? null : stamp(ctx, activatedMs),
    updatedAt: stamp(ctx, Math.max(updatedMs, activatedMs ?? joinedMs)),
    deletedAt: deletedMs === null ? null : stamp(ctx, deletedMs),
  }
}
