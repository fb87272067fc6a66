import { describe, expect, it } from 'vitest'
import type { Expense } from '@/contract/expenses'
import { expenseFormValues } from './expense-form-values'

const categories = [
  { id: '7d9b1be2-bdf4-43aa-960f-74af2073a302', name: 'Software' },
  { id: '795c0380-9315-48b4-b7ce-41401abf2911', name: 'Travel' },
]
const projects = [{ id: 1055, name: 'Website Redesign' }]
const expense: Expense = {
  id: 'e1',
  member: { name: 'Ava Owens' },
  expense_date: '2024-01-05',
  expense_name: 'Train to Yerevan',
  project: 'Website Redesign',
  category: 'Travel',
  amount: 42.5,
  note: undefined,
  type: 'non-billable',
  added_dte: '2024-01-06',
}

describe('expense form values', () => {
  it('finds the ids of the names the API answers, and keeps the date the contract read', () => {
    expect(expenseFormValues(expense, categories, projects)).toEqual({
      values: {
        expense_name: 'Train to Yerevan',
        amount: 42.5,
        date: '2024-01-05',
        category_id: '795c0380-9315-48b4-b7ce-41401abf2911',
        project_id: 1055,
        note: undefined,
        is_billable: false,
      },
      missingProject: null,
    })
  })

  it('names a project the list does not offer', () => {
    expect(expenseFormValues({ ...expense, project: 'Archived thing' }, categories, projects)).toMatchObject({
      values: { project_id: null },
      missingProject: 'Archived thing',
    })
  })
})
