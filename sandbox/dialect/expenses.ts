import { answer, each, nullData, pick, type DocumentedOperation } from './answer'

// seeds/003 (variant A, primary): lists `{success, data, meta}` with neither message nor
// pagination (page/per_page still slice them); create with message; update and delete
// `data: null`. The expense fields are the create example's (`member`, `expense_date` and
// `added_dte` as "Jan 15, 2024", `project` and `category` names, `type: "billable"`), which the
// rich answer already writes. Assumed: a category is `{id, name}`, the seed elides its fields.

const EXPENSE_FIELDS = ['id', 'member', 'expense_date', 'expense_name', 'project', 'category', 'amount', 'note', 'type', 'added_dte']
const expense = pick(EXPENSE_FIELDS)

export const expenseOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/expenses', success: answer({ pagination: 'none' }, each(expense)) },
  { method: 'POST', path: '/expenses', success: answer({ message: true }, expense) },
  { method: 'PUT', path: '/expenses/:id', success: nullData },
  { method: 'DELETE', path: '/expenses/:id', success: nullData },
  { method: 'GET', path: '/expenses/categories', success: answer({ pagination: 'none' }, each(pick(['id', 'name']))) },
]
