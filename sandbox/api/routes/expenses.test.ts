import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { expenseCategoryListSchema, expenseListSchema, expenseSchema, expenseWriteEnvelopeSchema, type ExpenseCategory } from '../../../src/contract/expenses'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'

let sandbox: RunningSandbox
let acme: number
let northwind: number
let categories: ExpenseCategory[]
let project: { id: number; name: string }
let ownerName: string
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  const workspaces = (await owner('/workspaces')).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
  northwind = workspaces.find((w) => w.workspace_name === 'Northwind Labs')!.id
  categories = expenseCategoryListSchema.parse((await owner(`/expenses/categories?workspace_id=${acme}&per_page=100`)).body).data
  const me = (await owner(`/members?workspace_id=${acme}&email=owner@demo.test`)).body.data[0]
  ownerName = `${me.firstname} ${me.lastname}`
  project = sandbox.store.data.projects.find((p) => p.workspaceId === acme && p.deletedAt === null)!
})
afterAll(() => sandbox.close())

const owner = (path: string, init: Parameters<typeof api>[2] = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init })
const list = async (query: string, workspace = acme) => expenseListSchema.parse((await owner(`/expenses?workspace_id=${workspace}&${query}`)).body)
const valid = () => ({ expense_name: 'Office Supplies', date: '2024-01-15', amount: 150.5, category_id: categories[0]!.id })
const create = (body: Record<string, unknown>) => owner('/expenses', { method: 'POST', body: { workspace_id: acme, ...body } })
const update = (id: string, body: Record<string, unknown>, workspace = acme) =>
  owner(`/expenses/${id}`, { method: 'PUT', body: { workspace_id: workspace, ...body } })
const DISPLAY_DATE = /^[A-Z][a-z]{2} \d{2}, \d{4}$/
/** The echoed expense of a create, read strictly (the write envelope would take a mismatch as no echo). */
const createdOf = (response: { body: { data: unknown } }) => expenseSchema.parse(response.body.data)

describe('GET /expenses', () => {
  it('lists display-ready expenses, newest first, paginated', async () => {
    const response = await owner(`/expenses?workspace_id=${acme}&per_page=100`)
    expect(response.body.message).toBe('Expenses retrieved successfully')
    // On the wire, as seeds/003: display dates and the member's name.
    const wire = response.body.data[0]
    expect(wire.expense_date).toMatch(DISPLAY_DATE)
    expect(wire.added_dte).toMatch(DISPLAY_DATE)
    expect(typeof wire.member).toBe('string')
    const body = expenseListSchema.parse(response.body)
    expect(body.data.length).toBeGreaterThanOrEqual(30)
    expect(categories.map((k) => k.name)).toContain(body.data[0]!.category)
    const dates = body.data.map((x) => x.expense_date!)
    expect(dates).toEqual([...dates].sort().reverse())
    const page2 = await list('per_page=5&page=2')
    expect(page2.data.map((x) => x.id)).toEqual(body.data.slice(5, 10).map((x) => x.id))
    expect(page2.pagination).toMatchObject({ current_page: 2, per_page: 5, from: 6, to: 10, total: body.data.length })
  })

  it('filters by id and by an inclusive date range', async () => {
    const all = (await list('per_page=100')).data
    const middle = all[Math.floor(all.length / 2)]!.expense_date!
    const since = (await list(`date_from=${middle}&per_page=100`)).data
    expect(since.length).toBeGreaterThan(0)
    expect(since.length).toBeLessThan(all.length)
    expect(since.every((x) => x.expense_date! >= middle)).toBe(true)
    const until = (await list(`date_to=${middle}&per_page=100`)).data
    expect(until.every((x) => x.expense_date! <= middle)).toBe(true)
    expect(since.length + until.length).toBeGreaterThan(all.length) // the middle day is in both
    expect((await list(`id=${all[3]!.id}`)).data.map((x) => x.id)).toEqual([all[3]!.id])
  })

  it('validates filters and keeps to Owners and Executive managers', async () => {
    const bad = await owner(`/expenses?workspace_id=${acme}&date_from=Jan 1, 2026&date_to=2026-13`)
    expect(bad.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(bad.body).errors!).sort()).toEqual(['date_from', 'date_to'])
    const member = (await signIn(sandbox.origin, 'member@demo.test')).access_token
    expect((await api(sandbox.origin, `/expenses?workspace_id=${acme}`, { token: member })).status).toBe(403)
    // Amounts are not rates: they stay visible to an Executive manager whatever their rate permission.
    const manager = (await signIn(sandbox.origin, 'manager@demo.test')).access_token
    const seen = expenseListSchema.parse((await api(sandbox.origin, `/expenses?workspace_id=${acme}`, { token: manager })).body)
    expect(seen.data.every((x) => typeof x.amount === 'number')).toBe(true)
  })
})

describe('GET /expenses/categories', () => {
  it('lists the workspace categories, filters by id and pages', async () => {
    expect(categories.length).toBeGreaterThanOrEqual(3)
    const one = expenseCategoryListSchema.parse((await owner(`/expenses/categories?workspace_id=${acme}&id=${categories[1]!.id}`)).body)
    expect(one.data).toEqual([categories[1]])
    const page = expenseCategoryListSchema.parse((await owner(`/expenses/categories?workspace_id=${acme}&per_page=2&page=2`)).body)
    expect(page.data).toEqual(categories.slice(2, 4))
    expect(page.pagination!.total).toBe(categories.length)
    const foreign = expenseCategoryListSchema.parse((await owner(`/expenses/categories?workspace_id=${northwind}`)).body)
    expect(foreign.data.some((k) => categories.some((c) => c.id === k.id))).toBe(false)
  })
})

describe('POST /expenses', () => {
  it('creates an expense as seeds/003 shows it (201, names, display dates)', async () => {
    const response = await create({ ...valid(), project_id: project.id, note: 'Purchased office supplies for Q1' })
    expect(response.status).toBe(201)
    expect(expenseWriteEnvelopeSchema.parse(response.body).message).toBe('Expense created successfully')
    expect(response.body.data).toMatchObject({ member: ownerName, expense_date: 'Jan 15, 2024' })
    expect(response.body.data.added_dte).toMatch(DISPLAY_DATE)
    const created = createdOf(response)
    expect(created).toMatchObject({
      member: { name: ownerName },
      expense_date: '2024-01-15',
      expense_name: 'Office Supplies',
      project: project.name,
      category: categories[0]!.name,
      amount: 150.5,
      note: 'Purchased office supplies for Q1',
      type: 'billable',
    })
    expect((await list(`id=${created.id}`)).data).toEqual([created])
  })

  it('accepts is_billable false and the description alias', async () => {
    const created = createdOf(await create({ ...valid(), date: '2024-03-05', is_billable: false, description: 'Taxi' }))
    expect(created).toMatchObject({ type: 'non-billable', note: 'Taxi', project: undefined, expense_date: '2024-03-05' })
  })

  it('validates every field with Laravel-style messages', async () => {
    const empty = await create({})
    expect(empty.status).toBe(422)
    expect(empty.body.errors).toEqual({
      expense_name: ['The expense name field is required.'],
      date: ['The date field is required.'],
      amount: ['The amount field is required.'],
      category_id: ['The category id field is required.'],
    })
    const wrong = await create({ expense_name: 'x'.repeat(256), date: '15/01/2024', amount: '12', category_id: 'abc', project_id: 1.5 })
    expect(Object.keys(wrong.body.errors).sort()).toEqual(['amount', 'category_id', 'date', 'expense_name', 'project_id'])
    expect(wrong.body.errors.amount).toEqual(['The amount must be a number.'])
    expect((await create({ ...valid(), amount: 0 })).body.errors).toEqual({ amount: ['The amount must be greater than 0.'] })
  })

  it("refuses unknown or another workspace's category and project on their fields", async () => {
    const unknown = await create({ ...valid(), category_id: '00000000-0000-4000-8000-000000000000' })
    expect(unknown.body.errors).toEqual({ category_id: ['The selected category id is invalid.'] })
    const northwindCategory = expenseCategoryListSchema.parse((await owner(`/expenses/categories?workspace_id=${northwind}`)).body).data[0]!
    expect((await create({ ...valid(), category_id: northwindCategory.id })).status).toBe(422)
    const northwindProject = sandbox.store.data.projects.find((p) => p.workspaceId === northwind)!
    expect((await create({ ...valid(), project_id: northwindProject.id })).body.errors).toEqual({ project_id: ['The selected project id is invalid.'] })
  })
})

describe('PUT and DELETE /expenses/{id}', () => {
  it('updates with every field required, answers data null, and the change shows', async () => {
    const created = createdOf(await create({ ...valid(), project_id: project.id, note: 'first' }))
    const partial = await update(created.id, { expense_name: 'Only a name' })
    expect(partial.status).toBe(422)
    expect(Object.keys(partial.body.errors).sort()).toEqual(['amount', 'category_id', 'date', 'is_billable'])
    const response = await update(created.id, {
      expense_name: 'Office Supplies Updated',
      date: '2024-01-16',
      amount: 200,
      category_id: categories[1]!.id,
      is_billable: false,
    })
    expect(response.status).toBe(200)
    expect(expenseWriteEnvelopeSchema.parse(response.body)).toMatchObject({ data: null, message: 'Expense updated successfully' })
    const [after] = (await list(`id=${created.id}`)).data
    // PUT replaces: the omitted project and note are cleared.
    expect(after).toMatchObject({
      expense_name: 'Office Supplies Updated',
      expense_date: '2024-01-16',
      amount: 200,
      category: categories[1]!.name,
      type: 'non-billable',
      project: undefined,
      note: undefined,
    })
  })

  it('deletes with workspace_id in the body or the query, then 404s', async () => {
    const first = createdOf(await create(valid()))
    const second = createdOf(await create(valid()))
    const response = await owner(`/expenses/${first.id}`, { method: 'DELETE', body: { workspace_id: acme } })
    expect(expenseWriteEnvelopeSchema.parse(response.body)).toMatchObject({ data: null, message: 'Expense deleted successfully' })
    expect((await list(`id=${first.id}`)).data).toEqual([])
    expect((await owner(`/expenses/${second.id}?workspace_id=${acme}`, { method: 'DELETE' })).status).toBe(200)
    expect((await owner(`/expenses/${first.id}`, { method: 'DELETE', body: { workspace_id: acme } })).status).toBe(404)
    expect((await owner(`/expenses/${first.id}`, { method: 'DELETE' })).body.errors).toEqual({ workspace_id: ['The workspace id field is required.'] })
  })

  it("answers 404 for another workspace's expense and leaves it alone", async () => {
    const foreign = (await list('', northwind)).data[0]!
    const put = await update(foreign.id, valid() as Record<string, unknown>)
    expect([put.status, put.body.message]).toEqual([404, 'Expense not found.'])
    expect((await owner(`/expenses/${foreign.id}`, { method: 'DELETE', body: { workspace_id: acme } })).status).toBe(404)
    expect((await list(`id=${foreign.id}`, northwind)).data).toEqual([foreign])
  })
})
