import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import {
  createExpenseInputSchema,
  expenseCategoryFiltersSchema,
  expenseFiltersSchema,
  isoToDisplayDate,
  updateExpenseInputSchema,
  type ExpenseCategoryWire,
  type ExpenseWire,
} from '../../../src/contract/expenses'
import { paginationQuerySchema } from '../../../src/contract/pagination'
import type { ApiEnv, SandboxContext } from '../../context'
import type { ExpenseRecord } from '../../store/types'
import { paginate, success } from '../envelope'
import { fieldError, notFound } from '../errors'
import { fullName } from '../people'
import { parseInput } from '../validate'
import { workspaceScope, type WorkspaceScope } from '../workspace-scope'

// Expenses as seeds/003 shows them: display dates, names instead of ids, `added_dte` (sic).
// Amounts stay visible to callers who may not see rates: an expense is money spent, not a rate,
// and the seed does not hide it.

const cents = (n: number) => Math.round(n * 100) / 100

export function expenseRoutes(ctx: SandboxContext) {
  const { store } = ctx

  function present(e: ExpenseRecord): ExpenseWire {
    const user = store.data.users.find((u) => u.id === e.userId)
    return {
      id: e.id,
      member: user ? fullName(user) : null,
      expense_date: isoToDisplayDate(e.date),
      expense_name: e.name,
      project: (e.projectId !== null && store.data.projects.find((p) => p.id === e.projectId)?.name) || null,
      category: store.data.expenseCategories.find((k) => k.id === e.categoryId)?.name ?? null,
      amount: e.amount,
      note: e.note,
      type: e.isBillable ? 'billable' : 'non-billable',
      // The day it was recorded, in UTC (assumed: the vendor's time zone for this is unknown).
      added_dte: isoToDisplayDate(e.createdAt),
    }
  }

  function find(scope: WorkspaceScope, id: string): ExpenseRecord {
    const e = store.data.expenses.find((x) => x.id === id && x.workspaceId === scope.workspace.id)
    if (!e) throw notFound('Expense')
    return e
  }

  /** Category and project must belong to the workspace; a wrong one is a 422 on its field. */
  function checkReferences(scope: WorkspaceScope, input: { category_id: string; project_id?: number | null }) {
    if (!store.data.expenseCategories.some((k) => k.id === input.category_id && k.workspaceId === scope.workspace.id)) {
      throw fieldError('category_id', 'The selected category id is invalid.')
    }
    const project = input.project_id ? store.data.projects.find((p) => p.id === input.project_id) : undefined
    if (input.project_id && (!project || project.workspaceId !== scope.workspace.id || project.deletedAt !== null)) {
      throw fieldError('project_id', 'The selected project id is invalid.')
    }
  }

  return (
    new Hono<ApiEnv>()
      // `/categories` before the `/:expenseId` patterns.
      .get('/categories', (c) => {
        const scope = workspaceScope(ctx, c)
        const query = parseInput(paginationQuerySchema().extend(expenseCategoryFiltersSchema.shape), c.req.query())
        const rows: ExpenseCategoryWire[] = store.data.expenseCategories
          .filter((k) => k.workspaceId === scope.workspace.id && (!query.id || k.id === query.id))
          .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
          .map((k) => ({ id: k.id, name: k.name }))
        const page = paginate(rows, query)
        return success(c, page.data, { message: 'Expense categories retrieved successfully', pagination: page.pagination })
      })
      .get('/', (c) => {
        const scope = workspaceScope(ctx, c)
        const query = parseInput(paginationQuerySchema().and(expenseFiltersSchema), c.req.query())
        const rows = store.data.expenses
          .filter(
            (e) =>
              e.workspaceId === scope.workspace.id &&
              (!query.id || e.id === query.id) &&
              (!query.date_from || e.date >= query.date_from) &&
              (!query.date_to || e.date <= query.date_to),
          )
          // Newest first: by expense date, then by when it was recorded; id keeps pages stable.
          .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
        const page = paginate(rows, query)
        return success(c, page.data.map(present), { message: 'Expenses retrieved successfully', pagination: page.pagination })
      })
      .post('/', (c) => {
        const scope = workspaceScope(ctx, c)
        const input = parseInput(createExpenseInputSchema, c.var.body)
        checkReferences(scope, input)
        const record: ExpenseRecord = {
          id: randomUUID(),
          workspaceId: scope.workspace.id,
          // The API has no spender field: the expense is the caller's own.
          userId: c.var.caller.user.id,
          categoryId: input.category_id,
          projectId: input.project_id ?? null,
          name: input.expense_name,
          date: input.date,
          amount: cents(input.amount),
          note: input.note ?? input.description ?? null,
          isBillable: input.is_billable,
          createdAt: new Date().toISOString(),
        }
        store.data.expenses.push(record)
        store.changed()
        return success(c, present(record), { message: 'Expense created successfully', status: 201 })
      })
      .put('/:expenseId', (c) => {
        const scope = workspaceScope(ctx, c)
        const e = find(scope, c.req.param('expenseId'))
        const input = parseInput(updateExpenseInputSchema, c.var.body)
        checkReferences(scope, input)
        // PUT replaces the expense: an omitted project or note is cleared (assumed).
        e.name = input.expense_name
        e.date = input.date
        e.amount = cents(input.amount)
        e.categoryId = input.category_id
        e.projectId = input.project_id ?? null
        e.note = input.note ?? input.description ?? null
        e.isBillable = input.is_billable
        store.changed()
        return success(c, null, { message: 'Expense updated successfully' })
      })
      .delete('/:expenseId', (c) => {
        const scope = workspaceScope(ctx, c)
        const e = find(scope, c.req.param('expenseId'))
        store.data.expenses.splice(store.data.expenses.indexOf(e), 1)
        store.changed()
        return success(c, null, { message: 'Expense deleted successfully' })
      })
  )
}
