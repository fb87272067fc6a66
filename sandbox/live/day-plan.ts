// One member's working day as the live simulation plays it: sessions of tracked time, drawn only
// from (member, day), so the same clock always gives the same board (restarts and tests agree).

import { type Day, formatDay, isWeekend, localToUtc } from '../seed/calendar'
import { spanDescriptions } from '../seed/catalog'
import { createRng, type Rng } from '../seed/random'
import type { ContractRecord, RunningTrackerRecord, TaskRecord } from '../store/types'

/** Someone the simulation plays: an active member with at least one active contract. */
export interface LiveMember {
  userId: number
  timezone: string
  contracts: ContractRecord[]
}

export interface PlannedSession {
  id: string
  workspaceId: number
  contractId: number
  projectId: number
  taskId: number | null
  description: string | null
  method: RunningTrackerRecord['method']
  /** Epoch ms. */
  start: number
  end: number
}

export interface DayOptions {
  /** Tracks one unbroken session from early morning to late evening (the "forgot to stop" case). */
  longRunner: boolean
  onLeave: boolean
  /** Open tasks by project id. */
  openTasks: ReadonlyMap<number, readonly TaskRecord[]>
}

/** Habits that do not change from day to day: how they track and when they like to start. */
function habitsOf(userId: number) {
  const rng = createRng(`live/habits/${userId}`)
  return {
    // A few use the desktop app, whose trackers current-data cannot see (vendor hazard).
    method: rng.chance(0.2) ? ('desktop' as const) : ('web' as const),
    startMinute: rng.int(32, 39) * 15, // 08:00..09:45 local
    lunchMinute: rng.int(48, 52) * 15, // 12:00..13:00
  }
}

export function planDay(member: LiveMember, day: Day, options: DayOptions): PlannedSession[] {
  const rng = createRng(`live/${formatDay(day)}/${member.userId}`)
  const habits = habitsOf(member.userId)
  const blocks = options.longRunner ? [[rng.int(390, 450), rng.int(1380, 1410)] as const] : workBlocks(rng, member, day, options, habits)
  const method = options.longRunner ? 'web' : habits.method
  const sessions: PlannedSession[] = []
  let contract = chooseContract(rng, member.contracts)
  let taskId = chooseTask(rng, contract, member.userId, options.openTasks)
  for (const [from, to] of blocks) {
    if (sessions.length > 0 && rng.chance(0.4)) {
      contract = chooseContract(rng, member.contracts)
      taskId = chooseTask(rng, contract, member.userId, options.openTasks)
    }
    sessions.push({
      id: rng.uuid(),
      workspaceId: contract.workspaceId,
      contractId: contract.id,
      projectId: contract.projectId,
      taskId,
      description: rng.chance(0.6) ? rng.pick(spanDescriptions) : null,
      method,
      start: localToUtc(member.timezone, day, from),
      end: localToUtc(member.timezone, day, to),
    })
  }
  return sessions
}

type Block = readonly [from: number, to: number]

/** Local minutes of the day worked: a morning, lunch, an afternoon, sometimes a short break. */
function workBlocks(rng: Rng, member: LiveMember, day: Day, options: DayOptions, habits: ReturnType<typeof habitsOf>): Block[] {
  if (isWeekend(day)) {
    if (!rng.chance(0.04)) return []
    const start = rng.int(600, 900)
    return [[start, start + rng.int(60, 180)]]
  }
  // Most people on approved leave rest; a few track anyway (the dashboard flags that).
  if ((options.onLeave && rng.chance(0.85)) || rng.chance(0.05)) return []
  const start = habits.startMinute + rng.int(-15, 20)
  const weeklyLimit = member.contracts.reduce((sum, c) => sum + c.weeklyHoursLimit, 0)
  const partTime = weeklyLimit > 0 && weeklyLimit < 25
  const stop = partTime ? start + rng.int(180, 300) : rng.int(1020, 1110) // 17:00..18:30
  const lunch = habits.lunchMinute + rng.int(-10, 10)
  const blocks: Block[] =
    stop <= lunch + 15
      ? [[start, stop]]
      : [
          [start, lunch],
          [lunch + rng.int(30, 60), stop],
        ]
  return blocks.flatMap((block) => withShortBreak(rng, block))
}

function withShortBreak(rng: Rng, [from, to]: Block): Block[] {
  if (to - from < 150 || !rng.chance(0.5)) return [[from, to]]
  const at = rng.int(from + 45, to - 60)
  return [
    [from, at],
    [at + rng.int(5, 20), to],
  ]
}

function chooseContract(rng: Rng, contracts: readonly ContractRecord[]): ContractRecord {
  return rng.weighted(contracts.map((c) => [c, Math.max(c.weeklyHoursLimit, 1)] as const))
}

function chooseTask(rng: Rng, contract: ContractRecord, userId: number, openTasks: DayOptions['openTasks']): number | null {
  const open = openTasks.get(contract.projectId) ?? []
  if (open.length === 0) return null
  const mine = open.filter((t) => t.assigneeIds.includes(userId))
  if (mine.length > 0 && rng.chance(0.65)) return rng.pick(mine).id
  return rng.chance(0.45) ? rng.pick(open).id : null
}
