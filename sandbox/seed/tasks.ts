// Tasks: 5-15 per project, assigned to people contracted on that project, some nested as subtasks.

import type { ContractRecord, ProjectRecord, TaskRecord } from '../store/types'
import { DAY_MS, formatDay } from './calendar'
import { taskDescriptions, taskTitles } from './catalog'
import { moment } from './people'
import type { Rng } from './random'
import { type SeedContext, stamp } from './seed-context'

export function buildTasks(
  ctx: SeedContext,
  rng: Rng,
  projects: readonly ProjectRecord[],
  contracts: readonly ContractRecord[],
  managers: readonly number[],
): TaskRecord[] {
  const staff = new Map<number, number[]>()
  for (const c of contracts) {
    const list = staff.get(c.projectId) ?? []
    if (!list.includes(c.userId)) list.push(c.userId)
    staff.set(c.projectId, list)
  }

  const tasks: TaskRecord[] = []
  for (const project of projects) {
    const people = staff.get(project.id) ?? []
    const owner = project.managerIds[0] ?? project.ownerId
    const projectCreatedDay = Math.floor(Date.parse(project.createdAt) / DAY_MS)
    const topLevel: TaskRecord[] = []
    for (const title of rng.sample(taskTitles, rng.int(5, 15))) {
      // Created before the history window, so tracked time never predates its task.
      const createdDay = rng.int(projectCreatedDay + 1, Math.max(projectCreatedDay + 1, ctx.windowStart - 2))
      const createdMs = moment(rng, createdDay)
      const status =
        project.status === 0
          ? 'completed'
          : rng.weighted([
              ['open', 35],
              ['in_progress', 30],
              ['completed', 35],
            ] as const)
      const completedMs = status === 'completed' ? moment(rng, rng.int(createdDay + 1, project.status === 0 ? ctx.windowStart - 1 : ctx.seedDay - 1)) : null
      const startDay = rng.chance(0.6) ? createdDay + rng.int(0, 10) : null
      const parent = topLevel.length >= 2 && rng.chance(0.25) ? rng.pick(topLevel) : null
      const assignees = parent
        ? rng.sample(parent.assigneeIds.length > 0 ? parent.assigneeIds : people, 1)
        : rng.sample(people, rng.int(people.length > 0 ? 1 : 0, 2))
      const task: TaskRecord = {
        id: ctx.ids.take(),
        workspaceId: project.workspaceId,
        projectId: project.id,
        parentId: parent?.id ?? null,
        title: parent ? `${parent.title}: ${rng.pick(['follow-up', 'review', 'edge cases', 'docs', 'QA'])}` : title,
        description: rng.chance(0.45) ? rng.pick(taskDescriptions) : null,
        ownerId: owner,
        creatorId: rng.chance(0.7) ? owner : rng.pick(managers.length > 0 ? managers : [owner]),
        status,
        priority: rng.weighted([
          ['low', 30],
          ['medium', 45],
          ['high', 25],
        ] as const),
        startDate: startDay === null ? null : formatDay(startDay),
        endDate: startDay === null || rng.chance(0.3) ? null : formatDay(startDay + rng.int(3, 45)),
        completedAt: completedMs === null ? null : stamp(ctx, completedMs),
        assigneeIds: assignees.sort((a, b) => a - b),
        createdAt: stamp(ctx, createdMs),
        updatedAt: stamp(ctx, completedMs ?? createdMs + rng.int(0, 20) * DAY_MS),
      }
      tasks.push(task)
      if (!parent) topLevel.push(task)
    }
  }
  return tasks
}
