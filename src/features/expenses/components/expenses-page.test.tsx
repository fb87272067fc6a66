import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { casesFor } from '@/contract/corpus/corpus-files'
import { listEnvelope, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The expenses ledger against seeds/003's own payloads: lists without pagination, `{}` items,
// display dates, names instead of ids, and `data: null` write answers.

const response = (endpoint: string, index = 0) => casesFor(endpoint)[index]!.response as JsonBodyType
let expenses: JsonBodyType
let reads: number

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})
beforeEach(() => {
  reads = 0
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    ...['timesheets', 'time-requests', 'leaves', 'contracts'].map((path) => http.get(`${TEST_API}/${path}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/expenses/categories`, () => HttpResponse.json(response('GET /expenses/categories'))),
    http.get(`${TEST_API}/expenses`, () => {
      reads++
      return HttpResponse.json(expenses)
    }),
    http.delete(`${TEST_API}/expenses/:id`, () => HttpResponse.json(response('DELETE /expenses/{expenseId}'))),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('expenses page on the vendor’s API', () => {
  it('reads seeds/003’s rendering of an item (`{}`) as nothing to show', async () => {
    expenses = response('GET /expenses', 0)
    await renderRoute('/w/1000/expenses')
    expect(await screen.findByText('No expenses yet.')).toBeTruthy()
  })

  it('shows display dates and names, and says a delete answered `data: null` worked, then re-reads', async () => {
    expenses = response('GET /expenses', 1)
    const user = userEvent.setup()
    await renderRoute('/w/1000/expenses')
    const row = within((await screen.findByText('Office Supplies', { selector: 'span.font-medium' })).closest('tr')!)
    expect(row.getByText('Jan 15, 2024')).toBeTruthy()
    expect(row.getByText('John Doe')).toBeTruthy()
    // The vendor's expense names no currency and these contracts give none: the amount says so.
    expect(row.getByText('150.50 (currency unknown)')).toBeTruthy()
    const before = reads
    await user.click(row.getByRole('button', { name: 'Delete Office Supplies' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this expense?' })).getByRole('button', { name: 'Delete expense' }))
    expect(await screen.findByText('Deleted “Office Supplies”.')).toBeTruthy()
    await waitFor(() => expect(reads).toBeGreaterThan(before))
  })
})
