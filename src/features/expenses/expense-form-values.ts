import type { Expense, ExpenseCategory, UpdateExpenseInput } from '@/contract/expenses'

/** What the form edits: the PUT body's fields (a create sends the same, billable defaulting to true). */
export type ExpenseFormValues = UpdateExpenseInput
export type ExpenseFormField = Exclude<keyof ExpenseFormValues, 'description'>

export interface ProjectOption {
  id: number
  name: string
}

export const emptyExpenseValues = (): Partial<ExpenseFormValues> => ({
  expense_name: '',
  amount: undefined,
  date: undefined,
  category_id: undefined,
  project_id: null,
  note: null,
  is_billable: true,
})

/**
 * An expense as the form's starting values. The API answers names instead of ids (seeds/003),
 * so the category and project are found again by name; `missingProject` names a project the
 * list does not offer (saving would clear it, as PUT replaces the expense).
 */
export function expenseFormValues(expense: Expense, categories: readonly ExpenseCategory[], projects: readonly ProjectOption[]) {
  const project = expense.project ? projects.find((p) => p.name === expense.project) : undefined
  const values: Partial<ExpenseFormValues> = {
    expense_name: expense.expense_name,
    amount: expense.amount,
    date: expense.expense_date,
    category_id: categories.find((c) => c.name === expense.category)?.id,
    project_id: project?.id ?? null,
    note: expense.note,
    is_billable: expense.type === 'billable',
  }
  return { values, missingProject: expense.project && !project ? expense.project : null }
}

/** The fields the form shows, where a 422's messages land. */
export const expenseFormFields: readonly ExpenseFormField[] = ['expense_name', 'date', 'amount', 'category_id', 'project_id', 'note', 'is_billable']
