import { screen, within } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { casesFor } from '@/contract/corpus/corpus-files'
import { capabilities, NOT_OFFERED } from '@/lib/api/capabilities'
import { errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The leaves queue against the vendor's docs: only the confirmed fields, no pagination, and no
// policies list (the docs name it without a path; the vendor answers 404).

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  capabilities.reset()
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    http.get(`${TEST_API}/members`, () =>
      HttpResponse.json(
        listEnvelope([member({ id: 45696, firstname: 'John', lastname: 'Smith' }), member({ id: 100, firstname: 'Maria', lastname: 'Garcia' })]),
      ),
    ),
    ...['timesheets', 'time-requests'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/leaves/policies`, () => HttpResponse.json(errorEnvelope('Not found.'), { status: 404 })),
    http.get(`${TEST_API}/leaves`, () => HttpResponse.json(casesFor('GET /leaves')[0]!.response as JsonBodyType)),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('leaves page on the vendor’s API', () => {
  it('renders the requests when the policies list answers 404, and says the policy filter is not offered', async () => {
    await renderRoute('/w/1000/leaves')
    const table = within(await screen.findByRole('region', { name: 'Leave requests' }))
    const john = within(table.getByText('John Smith').closest('tr')!)
    expect(john.getByText('Paid')).toBeTruthy()
    expect(john.getByText('approved')).toBeTruthy()
    // Neither policy nor length is in the documented fields: no row has them, so no column shows them.
    expect(table.queryByRole('columnheader', { name: 'Policy' })).toBeNull()
    expect(table.queryByRole('columnheader', { name: 'Days' })).toBeNull()
    expect(table.getByRole('columnheader', { name: 'Dates' })).toBeTruthy()
    expect(within(table.getByText('Maria Garcia').closest('tr')!).getByText('Overlaps with the release week')).toBeTruthy()
    expect(screen.getByRole('note').textContent).toBe(`Filter by leave policy: ${NOT_OFFERED} (list leave policies)`)
    expect(screen.queryByLabelText('Policy')).toBeNull()
  })
})
