// Expense categories and expenses, plus the example webhook.

import type { ContractRecord, ExpenseCategoryRecord, ExpenseRecord, ProjectRecord, WebhookRecord } from '../store/types'
import { DAY_MS, formatDay, isWeekend } from './calendar'
import { expenseKinds, expenseNotes } from './catalog'
import { moment } from './people'
import type { Rng } from './random'
import { cents, type SeedContext, stamp } from './seed-context'

export function buildExpenseCategories(rng: Rng, workspaceId: number): ExpenseCategoryRecord[] {
  return expenseKinds.map((k) => ({ id: rng.uuid(), workspaceId, name: k.category }))
}

export function buildExpenses(
  ctx: SeedContext,
  rng: Rng,
  categories: readonly ExpenseCategoryRecord[],
  spenders: readonly number[],
  contracts: readonly ContractRecord[],
  projects: readonly ProjectRecord[],
  count: number,
): ExpenseRecord[] {
  const projectById = new Map(projects.map((p) => [p.id, p]))
  const projectsOf = new Map<number, number[]>()
  for (const c of contracts) if (c.status === 'active') projectsOf.set(c.userId, [...(projectsOf.get(c.userId) ?? []), c.projectId])
  const expenses: ExpenseRecord[] = []
  for (let i = 0; i < count; i++) {
    const kindIndex = rng.weighted(expenseKinds.map((k, idx) => [idx, k.category === 'Meals' || k.category === 'Software' ? 3 : 2] as const))
    const kind = expenseKinds[kindIndex] ?? expenseKinds[0]!
    const category = categories[kindIndex] as ExpenseCategoryRecord
    const userId = rng.pick(spenders)
    let day = rng.int(ctx.windowStart, ctx.seedDay - 1)
    if (isWeekend(day) && rng.chance(0.8)) day -= 2
    const own = projectsOf.get(userId) ?? []
    const projectId = own.length > 0 && rng.chance(0.55) ? rng.pick(own) : null
    const billableProject = projectId !== null && (projectById.get(projectId)?.isBillable ?? false)
    const [lo, hi] = kind.amount
    // Skewed towards the cheap end: most receipts are small.
    const amount = cents(lo + (hi - lo) * rng.float() ** 2.2)
    expenses.push({
      id: rng.uuid(),
      workspaceId: category.workspaceId,
      userId,
      categoryId: category.id,
      projectId,
      name: rng.pick(kind.names),
      date: formatDay(day),
      amount: Math.max(lo, amount),
      note: rng.pick(expenseNotes),
      isBillable: billableProject && rng.chance(0.75),
      createdAt: stamp(ctx, moment(rng, day + rng.int(0, 3))),
    })
  }
  // Plain code-unit comparison: locale-aware sorting could differ between machines.
  return expenses.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1))
}

export function buildWebhook(ctx: SeedContext, rng: Rng, workspaceId: number): WebhookRecord {
  return {
    id: rng.uuid(),
    workspaceId,
    url: 'http://127.0.0.1:4999/hooks/webwork',
    events: ['tracker.started', 'tracker.stopped'],
    token: `whsec_${rng.hex(32)}`,
    createdAt: stamp(ctx, (ctx.seedDay - 21) * DAY_MS + 14 * 3_600_000),
  }
}
