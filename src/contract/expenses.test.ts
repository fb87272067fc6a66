import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { expenseCategoryListSchema, expenseListSchema, expenseSchema, expenseWriteEnvelopeSchema, type ExpenseWire } from './expenses'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const result = parseCorpus(corpus.expenses!, {
  'GET /expenses': expenseListSchema,
  'POST /expenses': expenseWriteEnvelopeSchema,
  'PUT /expenses/{expenseId}': expenseWriteEnvelopeSchema,
  'DELETE /expenses/{expenseId}': expenseWriteEnvelopeSchema,
  'GET /expenses/categories': expenseCategoryListSchema,
})

describe('expenses: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(corpus.expenses!.length)
  })

  it('leaves out the `{}` items seeds/003 renders, and reads lists without pagination', () => {
    const [seed, filled, paged] = outputsOf(result, 'GET /expenses', expenseListSchema)
    expect(seed).toEqual({ data: [], pagination: null })
    expect(outputsOf(result, 'GET /expenses/categories', expenseCategoryListSchema)).toEqual([{ data: [], pagination: null }])
    expect(filled!.pagination).toBeNull()
    expect(paged!.pagination).toMatchObject({ total: 12, per_page: 2, current_page: 3, last_page: 6, from: 5, to: 6 })
  })

  it('reads names, display dates as days, the type and the amount', () => {
    const [, filled, paged] = outputsOf(result, 'GET /expenses', expenseListSchema)
    expect(filled!.data).toEqual([
      {
        id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
        member: { name: 'John Doe' },
        expense_date: '2024-01-15',
        expense_name: 'Office Supplies',
        project: 'Marketing Campaign Q1',
        category: 'Office Supplies',
        amount: 150.5,
        note: 'Purchased office supplies for Q1',
        type: 'billable',
        added_dte: '2024-01-15',
      },
      expect.objectContaining({ member: { name: 'Maria Garcia' }, expense_date: '2024-01-22', project: undefined, amount: 42, type: 'non-billable' }),
    ])
    expect(paged!.data[0]!.expense_date).toBe('2024-02-03')
    expect(paged!.data[1]).toMatchObject({ member: undefined, expense_date: undefined, category: undefined, added_dte: undefined, amount: 18.2 })
  })

  it('takes create, update and delete as done, the last two with `data: null`', () => {
    expect(outputsOf(result, 'POST /expenses', expenseWriteEnvelopeSchema)[0]!.data).toMatchObject({
      id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
      amount: 150.5,
    })
    for (const endpoint of ['PUT /expenses/{expenseId}', 'DELETE /expenses/{expenseId}']) {
      expect(outputsOf(result, endpoint, expenseWriteEnvelopeSchema)).toEqual([expect.objectContaining({ success: true, data: null })])
    }
  })
})

describe('expenses: the sandbox and the wire', () => {
  const rich: ExpenseWire = {
    id: 'e1',
    member: 'Ava Owens',
    expense_date: 'Jan 05, 2024',
    expense_name: 'Train to Yerevan',
    project: null,
    category: 'Travel',
    amount: 42.5,
    note: null,
    type: 'non-billable',
    added_dte: 'Jan 06, 2024',
  }

  it('still reads the sandbox’s rich expense and categories', () => {
    expect(expenseSchema.parse(rich)).toMatchObject({ member: { name: 'Ava Owens' }, expense_date: '2024-01-05', added_dte: '2024-01-06', project: undefined })
    expect(expenseCategoryListSchema.parse({ success: true, data: [{ id: 'c1', name: 'Travel' }] }).data).toEqual([{ id: 'c1', name: 'Travel' }])
  })

  it('reads a numeric-string amount, an unknown type raw, and legacy `added_date`', () => {
    expect(expenseSchema.parse({ ...rich, amount: '42.50', type: 'reimbursable', added_dte: undefined, added_date: '2024-01-07' })).toMatchObject({
      amount: 42.5,
      type: 'reimbursable',
      added_dte: '2024-01-07',
    })
  })

  it('still refuses a really broken payload, naming the field', () => {
    const words = expenseListSchema.safeParse({ success: true, data: [{ ...rich, amount: 'forty' }] })
    expect(words.error?.issues[0]).toMatchObject({ path: ['data', 0, 'amount'], message: 'must be a number, got the text "forty"' })
    expect(expenseListSchema.safeParse({ success: true, data: [{ ...rich, expense_date: 'soon' }] }).error?.issues[0]?.path).toEqual([
      'data',
      0,
      'expense_date',
    ])
    expect(expenseListSchema.safeParse({ success: true, data: 'rows' }).error?.issues[0]?.path).toEqual(['data'])
  })
})
