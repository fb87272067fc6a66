// The sandbox's seed: a deterministic, realistic company. Same options, same bytes — nothing here
// reads the clock or Math.random; every draw comes from streams seeded by the profile.

import type { ContractRecord, SandboxData, TimeSpanRecord } from '../store/types'
import { buildTimeRequests, buildTimesheets, type TimeRequestCounts } from './approvals'
import { acmeProjects, northwindProjects } from './catalog'
import { buildExpenseCategories, buildExpenses, buildWebhook } from './expenses'
import { buildLeavePolicies, buildLeaveRequests, type LeaveCounts } from './leave'
import { buildPeople, type WorkspaceGroup } from './people'
import { buildContracts, buildProjects, buildProjectViewers, projectIdeas } from './projects'
import { createContext, type SeedContext, type SeedOptions } from './seed-context'
import { buildTasks } from './tasks'
import { buildTimeSpans, type Tracker } from './time'

export type { SeedOptions }

export const SEED_VERSION = 1

export function generateSeed(options: SeedOptions): SandboxData {
  const ctx = createContext(options)
  const large = ctx.profile === 'large'
  const people = buildPeople(ctx)
  const { acme, northwind, demo } = people

  // Integer ids are handed out table by table (projects, then contracts, tasks, policies), so
  // each table's ids are contiguous and read naturally.
  const acmeProjectRecords = buildProjects(ctx, ctx.rng.fork('projects/acme'), acme, projectIdeas(ctx.rng.fork('ideas/acme'), acmeProjects, large ? 60 : 12))
  const northwindProjectRecords = buildProjects(
    ctx,
    ctx.rng.fork('projects/northwind'),
    northwind,
    projectIdeas(ctx.rng.fork('ideas/northwind'), northwindProjects, 4),
  )

  // The demo accounts' contract counts are promised to scripts: owner 1, manager 1, member 2,
  // and the owner has none in Northwind, where she only manages.
  const acmeContracts = buildContracts(
    ctx,
    ctx.rng.fork('contracts/acme'),
    acme,
    acmeProjectRecords,
    new Map([
      [demo.owner.id, 1],
      [demo.manager.id, 1],
      [demo.member.id, 2],
    ]),
  )
  const northwindContracts = buildContracts(ctx, ctx.rng.fork('contracts/northwind'), northwind, northwindProjectRecords, new Map([[demo.owner.id, 0]]))

  const tasks = [
    ...buildTasks(ctx, ctx.rng.fork('tasks/acme'), acmeProjectRecords, acmeContracts, managersOf(acme)),
    ...buildTasks(ctx, ctx.rng.fork('tasks/northwind'), northwindProjectRecords, northwindContracts, managersOf(northwind)),
  ]
  const acmePolicies = buildLeavePolicies(ctx, acme.workspace.id)
  const northwindPolicies = buildLeavePolicies(ctx, northwind.workspace.id)

  const demoIds = new Set([demo.owner.id, demo.manager.id, demo.member.id])
  const acmeTrackers = trackersOf(ctx, acme, acmeContracts, demoIds, large ? Math.round(acmeContracts.length * 0.03) : 3)
  const northwindTrackers = trackersOf(ctx, northwind, northwindContracts, demoIds, 1)
  const trackers = [...acmeTrackers, ...northwindTrackers]
  const acmeDeciders = decidersOf(acme)
  const northwindDeciders = decidersOf(northwind)

  const scale = large ? 12 : 1
  const acmeLeave = buildLeaveRequests(
    ctx,
    ctx.rng.fork('leave/acme'),
    acme.workspace.id,
    acmePolicies,
    acmeTrackers.map((t) => t.member.user.id),
    acmeDeciders,
    {
      approvedPast: 6 * scale,
      approvedFuture: 4 * scale,
      pending: 8 * scale,
      rejected: 3 * scale,
      partDay: 2 * scale,
      workedOnLeave: large ? 3 : 1,
    } satisfies LeaveCounts,
  )
  const northwindLeave = buildLeaveRequests(
    ctx,
    ctx.rng.fork('leave/northwind'),
    northwind.workspace.id,
    northwindPolicies,
    northwindTrackers.map((t) => t.member.user.id),
    northwindDeciders,
    {
      approvedPast: 2,
      approvedFuture: 1,
      pending: 2,
      rejected: 0,
      partDay: 0,
      workedOnLeave: 0,
    },
  )

  const time = buildTimeSpans(ctx, {
    trackers,
    tasks,
    away: new Map([...acmeLeave.away, ...northwindLeave.away]),
    mustWork: new Map([...acmeLeave.mustWork, ...northwindLeave.mustWork]),
    earlyOnSeedDay: new Set([demo.member.id]),
  })

  const timesheets = [
    ...buildTimesheets(ctx, ctx.rng.fork('timesheets/acme'), acmeTrackers, acmeDeciders),
    ...buildTimesheets(ctx, ctx.rng.fork('timesheets/northwind'), northwindTrackers, northwindDeciders),
  ]
  const acmeRequests = buildTimeRequests(
    ctx,
    ctx.rng.fork('time-requests/acme'),
    acmeTrackers,
    time.bounds,
    acmeDeciders,
    (large ? { pending: 140, approved: 60, rejected: 40 } : { pending: 14, approved: 6, rejected: 4 }) satisfies TimeRequestCounts,
  )
  const northwindRequests = buildTimeRequests(ctx, ctx.rng.fork('time-requests/northwind'), northwindTrackers, time.bounds, northwindDeciders, {
    pending: 2,
    approved: 1,
    rejected: 1,
  })

  const money = ctx.rng.fork('expenses')
  const acmeCategories = buildExpenseCategories(money, acme.workspace.id)
  const northwindCategories = buildExpenseCategories(money, northwind.workspace.id)
  const expenses = [
    ...buildExpenses(
      ctx,
      money,
      acmeCategories,
      acmeTrackers.map((t) => t.member.user.id),
      acmeContracts,
      acmeProjectRecords,
      large ? 300 : 30,
    ),
    ...buildExpenses(
      ctx,
      money,
      northwindCategories,
      northwindTrackers.map((t) => t.member.user.id),
      northwindContracts,
      northwindProjectRecords,
      6,
    ),
  ]

  const viewerRng = ctx.rng.fork('viewers')
  return {
    version: SEED_VERSION,
    profile: ctx.profile,
    seedDate: ctx.seedDate,
    nextId: ctx.ids.next,
    users: people.users,
    workspaces: [acme.workspace, northwind.workspace],
    teams: [...acme.teams, ...northwind.teams],
    memberships: [...acme.members, ...northwind.members].map((m) => m.membership),
    projects: [...acmeProjectRecords, ...northwindProjectRecords],
    contracts: [...acmeContracts, ...northwindContracts],
    tasks,
    timeSpans: sortSpans([...time.spans, ...acmeRequests.spans, ...northwindRequests.spans]),
    runningTrackers: time.running,
    timesheets,
    timeRequests: [...acmeRequests.requests, ...northwindRequests.requests],
    leavePolicies: [...acmePolicies, ...northwindPolicies],
    leaveRequests: [...acmeLeave.requests, ...northwindLeave.requests],
    expenseCategories: [...acmeCategories, ...northwindCategories],
    expenses,
    projectViewers: [...buildProjectViewers(viewerRng, acme, acmeProjectRecords), ...buildProjectViewers(viewerRng, northwind, northwindProjectRecords)],
    webhooks: [buildWebhook(ctx, ctx.rng.fork('webhooks'), acme.workspace.id)],
    authorizationCodes: [],
    oauthTokens: [],
    personalAccessTokens: [],
  }
}

/** Who may create and own tasks: owner, executives and project managers. */
function managersOf(group: WorkspaceGroup): number[] {
  return group.members
    .filter((m) => ['Owner', 'Executive manager', 'Project manager'].includes(m.membership.role) && m.membership.status === 'active')
    .map((m) => m.user.id)
}

/** Who approves timesheets, time and leave: the owner and active executive managers. */
function decidersOf(group: WorkspaceGroup): number[] {
  return group.members
    .filter((m) => (m.membership.role === 'Owner' || m.membership.role === 'Executive manager') && m.membership.status === 'active')
    .map((m) => m.user.id)
}

function trackersOf(
  ctx: SeedContext,
  group: WorkspaceGroup,
  contracts: readonly ContractRecord[],
  demoIds: ReadonlySet<number>,
  overtimeCount: number,
): Tracker[] {
  const byUser = new Map<number, ContractRecord[]>()
  for (const c of contracts) if (c.status === 'active') byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c])
  const trackers: Tracker[] = group.members
    .filter((m) => m.membership.status === 'active' && byUser.has(m.user.id))
    .map((member) => ({ member, contracts: byUser.get(member.user.id) ?? [], overtime: false }))
  const rng = ctx.rng.fork(`overtime/${group.workspace.id}`)
  for (const t of rng.sample(
    trackers.filter((t) => !demoIds.has(t.member.user.id)),
    overtimeCount,
  ))
    t.overtime = true
  return trackers
}

function sortSpans(spans: TimeSpanRecord[]): TimeSpanRecord[] {
  return spans.sort((a, b) => (a.start === b.start ? a.userId - b.userId : a.start < b.start ? -1 : 1))
}
