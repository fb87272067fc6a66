import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEnvelope, expectItemKeys, expectKeys, ITEM_WITH_MESSAGE, LIST, startDialectSandbox, type DialectSandbox } from '../testing/dialect'

const EXPENSE = ['id', 'member', 'expense_date', 'expense_name', 'project', 'category', 'amount', 'note', 'type', 'added_dte']
const NULL_DATA = ['success', 'data', 'message', 'meta']

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

describe('expenses (docs dialect, seeds/003)', () => {
  it('lists expenses and categories with neither message nor pagination, still paged by per_page', async () => {
    const first = await docs.owner(`/expenses?workspace_id=${docs.acme}&per_page=3`)
    expectEnvelope(first, LIST)
    expectItemKeys(first.body.data, EXPENSE)
    expect(first.body.data).toHaveLength(3)
    expect(first.body.data[0].expense_date).toMatch(/^[A-Z][a-z]{2} \d{2}, \d{4}$/)
    expect((await docs.owner(`/expenses?workspace_id=${docs.acme}&per_page=3&page=2`)).body.data[0].id).not.toBe(first.body.data[0].id)
    const categories = await docs.owner(`/expenses/categories?workspace_id=${docs.acme}`)
    expectEnvelope(categories, LIST)
    expectItemKeys(categories.body.data, ['id', 'name'])
  })

  it('creates with the seed’s fields, and answers update and delete with `data: null`', async () => {
    const category = docs.sandbox.store.data.expenseCategories.find((k) => k.workspaceId === docs.acme)!
    const input = { workspace_id: docs.acme, expense_name: 'Docs', date: '2026-11-20', amount: 12.5, category_id: category.id, is_billable: true }
    const created = await docs.owner('/expenses', { method: 'POST', body: input })
    expect(created.status).toBe(201)
    expectEnvelope(created, ITEM_WITH_MESSAGE)
    expectKeys(created.body.data, EXPENSE)
    expect(created.body.data).toMatchObject({ type: 'billable', expense_date: 'Nov 20, 2026' })
    const id = created.body.data.id
    const updated = await docs.owner(`/expenses/${id}`, { method: 'PUT', body: { ...input, amount: 20 } })
    expectEnvelope(updated, NULL_DATA)
    expect(updated.body.data).toBeNull()
    const deleted = await docs.owner(`/expenses/${id}`, { method: 'DELETE', body: { workspace_id: docs.acme } })
    expectEnvelope(deleted, NULL_DATA)
    expect(deleted.body.message).toBe('Expense deleted successfully')
  })
})
