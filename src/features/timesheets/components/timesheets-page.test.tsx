import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { casesFor } from '@/contract/corpus/corpus-files'
import { listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The timesheets queue against the vendor's own payloads (the docs corpus): variant A without
// member, breakdown, amount or pagination; variant B with a member name and per-currency amounts.

type Body = { data: Record<string, unknown>[] }
const [seedList, , , variantA] = casesFor('GET /timesheets').map((c) => c.response as Body)
let timesheets: Body

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    http.get(`${TEST_API}/members`, () =>
      HttpResponse.json(
        listEnvelope([member({ id: 45696, firstname: 'John', lastname: 'Smith' }), member({ id: 100, firstname: 'Maria', lastname: 'Garcia' })]),
      ),
    ),
    http.get(`${TEST_API}/contracts`, () => HttpResponse.json(listEnvelope([]))),
    ...['time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/timesheets`, () => HttpResponse.json(timesheets)),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const rowOf = async (name: string) => {
  const table = within(await screen.findByRole('region', { name: 'Timesheets' }))
  return within(table.getByText(name).closest('tr')!)
}

describe('timesheets page on the vendor’s API', () => {
  it('shows variant A: names from the member list, "Not submitted" for open, hours as time, the amount unknown', async () => {
    timesheets = variantA!
    await renderRoute('/w/1000/timesheets')
    const john = await rowOf('John Smith')
    expect(john.getByText('Not submitted')).toBeTruthy()
    expect(john.getByText('80h 30m')).toBeTruthy()
    expect(john.getByText('hidden', { exact: false })).toBeTruthy()
    expect((await rowOf('Maria Garcia')).getByText('Approved')).toBeTruthy()
    // No pagination from the vendor, and a short page: the whole list.
    expect(screen.getByRole('navigation', { name: 'Pagination' }).textContent).toContain('1–2 of 2')
  })

  it('shows variant B’s amounts per currency, and "Not billable" for 0 on tracked time', async () => {
    const [john, maria] = seedList!.data
    timesheets = { ...seedList!, data: [john!, { ...maria!, total_amount: { USD: 0 } }] }
    await renderRoute('/w/1000/timesheets')
    expect((await rowOf('John Smith')).getByText('$363.38')).toBeTruthy()
    const zero = await rowOf('Maria Garcia')
    expect(zero.getByText('Not billable')).toBeTruthy()
    expect(zero.getByText('Rejected')).toBeTruthy()
  })
})
