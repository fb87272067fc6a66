// Projects, contracts (member x project) and project-viewer assignments for one workspace.

import type { ContractRecord, ProjectRecord, ProjectViewerRecord } from '../store/types'
import { DAY_MS, formatDay } from './calendar'
import { clients, deliverables, type ProjectIdea } from './catalog'
import type { Member, WorkspaceGroup } from './people'
import { moment } from './people'
import type { Rng } from './random'
import { cents, clamp, type SeedContext, stamp } from './seed-context'

/** The project list for a workspace: the named ones, topped up with generated client work (large profile). */
export function projectIdeas(rng: Rng, named: readonly ProjectIdea[], target: number): ProjectIdea[] {
  const ideas = named.slice(0, target)
  if (ideas.length >= target) return ideas
  for (const name of rng.shuffle(clients.flatMap((c) => deliverables.map((d) => `${c} ${d}`)))) {
    if (ideas.length >= target) break
    const tag = rng.pick(['design', 'frontend', 'backend', 'data', 'marketing', 'mobile'])
    ideas.push({ name, billable: rng.chance(0.8), tags: ['client', tag], archived: rng.chance(0.08) })
  }
  return ideas
}

export function buildProjects(ctx: SeedContext, rng: Rng, group: WorkspaceGroup, ideas: readonly ProjectIdea[]): ProjectRecord[] {
  const { workspace, members } = group
  const wsCreated = Date.parse(workspace.createdAt)
  const pms = members.filter((m) => m.membership.role === 'Project manager' && m.membership.status === 'active').map((m) => m.user.id)
  return ideas.map((idea) => {
    const createdMs = Math.max(wsCreated + DAY_MS, moment(rng, ctx.seedDay - rng.int(ctx.weeks * 7 + 30, 700)))
    const createdDay = Math.floor(createdMs / DAY_MS)
    const archivedMs = idea.archived ? moment(rng, ctx.windowStart - rng.int(5, 60)) : null
    const hasDeadline = rng.chance(0.55)
    const rate = idea.billable ? rng.int(45, 120) : 0
    const estimation = rng.chance(0.6) ? rng.int(8, 160) * 10 : null
    return {
      id: ctx.ids.take(),
      workspaceId: workspace.id,
      name: idea.name,
      ownerId: workspace.ownerId,
      startDate: rng.chance(0.85) ? formatDay(createdDay + rng.int(0, 14)) : null,
      deadline: hasDeadline ? formatDay(idea.archived ? ctx.windowStart - rng.int(1, 30) : ctx.seedDay + rng.int(7, 180)) : null,
      estimation,
      budget: idea.billable && rng.chance(0.6) ? cents((estimation ?? rng.int(100, 800)) * rate * rng.float() * 0.4 + 5000) : null,
      notes: rng.chance(0.4)
        ? rng.pick([
            'Weekly status call on Thursdays.',
            'Client prefers async updates in the shared channel.',
            'Budget reviewed monthly.',
            'Phase 2 pending sign-off.',
          ])
        : null,
      icon: null,
      isBillable: idea.billable,
      rate,
      weeklyHoursLimit: rng.weighted([
        [40, 60],
        [80, 25],
        [120, 15],
      ] as const),
      screenshots: rng.weighted([
        ['on', 80],
        ['blur', 15],
        ['off', 5],
      ] as const),
      tags: [...idea.tags],
      status: idea.archived ? 0 : 1,
      managerIds: pms.length > 0 && rng.chance(0.85) ? rng.sample(pms, rng.int(1, 2)).sort((a, b) => a - b) : [],
      createdAt: stamp(ctx, createdMs),
      updatedAt: stamp(ctx, archivedMs ?? Math.max(createdMs, moment(rng, ctx.seedDay - rng.int(1, 60)))),
      deletedAt: archivedMs === null ? null : stamp(ctx, archivedMs),
    }
  })
}

/**
 * Every working member (not a viewer; active, or inactive from an earlier engagement) gets 1-3
 * contracts. `fixedCounts` pins the demo accounts' numbers so scripts can rely on them.
 */
export function buildContracts(
  ctx: SeedContext,
  rng: Rng,
  group: WorkspaceGroup,
  projects: readonly ProjectRecord[],
  fixedCounts: ReadonlyMap<number, number>,
): ContractRecord[] {
  const active = projects.filter((p) => p.status === 1)
  const archived = projects.filter((p) => p.status === 0)
  // Some projects are simply bigger; weight them so team sizes vary.
  const popularity = active.map((p) => [p, 1 + rng.int(0, 4)] as const)
  const contracts: ContractRecord[] = []
  const perMember = new Map<number, number>()

  const add = (member: Member, project: ProjectRecord, status: 'active' | 'inactive'): void => {
    const m = member.membership
    const startMs = Math.max(Date.parse(project.createdAt), Date.parse(m.activatedAt ?? m.createdAt)) + rng.int(1, 20) * DAY_MS
    const createdMs = Math.min(startMs, (ctx.windowStart - 7) * DAY_MS + rng.int(9 * 60, 17 * 60) * 60_000)
    contracts.push({
      id: ctx.ids.take(),
      workspaceId: group.workspace.id,
      projectId: project.id,
      userId: member.user.id,
      rate: project.isBillable ? clamp(m.rate + rng.pick([0, 0, 0, 5, 10, -5]), 15, 120) : m.rate,
      rateType: m.rateType,
      weeklyHoursLimit: rng.weighted([
        [40, 45],
        [30, 15],
        [20, 25],
        [10, 15],
      ] as const),
      screenshots: rng.chance(0.8) ? project.screenshots : m.screenshots,
      status,
      createdAt: stamp(ctx, createdMs),
      updatedAt: stamp(ctx, status === 'inactive' ? Math.max(createdMs, Date.parse(m.updatedAt)) : createdMs + rng.int(0, 30) * DAY_MS),
    })
    perMember.set(member.user.id, (perMember.get(member.user.id) ?? 0) + 1)
  }

  const workers = group.members.filter(
    (m) => m.membership.role !== 'Project viewer' && (m.membership.status === 'active' || (m.membership.status === 'inactive' && rng.chance(0.7))),
  )
  for (const member of workers) {
    const fixed = fixedCounts.get(member.user.id)
    const count =
      fixed ??
      rng.weighted([
        [1, 35],
        [2, 45],
        [3, 20],
      ] as const)
    const chosen = new Set<ProjectRecord>()
    while (chosen.size < Math.min(count, active.length)) chosen.add(rng.weighted(popularity))
    const memberActive = member.membership.status === 'active'
    let i = 0
    for (const project of chosen) {
      // An active member occasionally has a wound-down contract next to their live one.
      const status = memberActive && !(fixed === undefined && i > 0 && rng.chance(0.06)) ? 'active' : 'inactive'
      add(member, project, status)
      i++
    }
  }

  // Nobody-staffed projects would look broken; archived ones keep a couple of finished contracts.
  const free = () => workers.filter((m) => !fixedCounts.has(m.user.id) && (perMember.get(m.user.id) ?? 0) < 3)
  for (const project of active) {
    if (!contracts.some((c) => c.projectId === project.id)) {
      const pool = free().filter((m) => m.membership.status === 'active')
      if (pool.length > 0) add(rng.pick(pool), project, 'active')
    }
  }
  for (const project of archived) for (const m of rng.sample(free(), rng.int(2, 3))) add(m, project, 'inactive')
  return contracts
}

/** Viewers see one or two projects each, usually ones tagged as client work. */
export function buildProjectViewers(rng: Rng, group: WorkspaceGroup, projects: readonly ProjectRecord[]): ProjectViewerRecord[] {
  const visible = projects.filter((p) => p.status === 1)
  const clientFirst = visible.filter((p) => p.tags.includes('client'))
  return group.members
    .filter((m) => m.membership.role === 'Project viewer')
    .map((m) => ({
      workspaceId: group.workspace.id,
      userId: m.user.id,
      status: m.membership.status === 'inactive' || m.membership.status === 'left' ? m.membership.status : 'active',
      projectIds: rng
        .sample(clientFirst.length >= 2 ? clientFirst : visible, rng.int(1, 2))
        .map((p) => p.id)
        .sort((a, b) => a - b),
      memberSince: m.membership.activatedAt ?? m.membership.createdAt,
    }))
}
