import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { capabilities, NOT_OFFERED } from '@/lib/api/capabilities'
import { errorEnvelope, listEnvelope, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The vendor's webhooks as its docs show them: no created_at, an event no enum lists, and no
// delete, test or deliveries endpoints (404).
const docsWebhooks = [
  { id: 'abc123def456', url: 'https://hooks.example.com/webwork', events: ['tracker.started', 'tracker.stopped'], token: 'whsec_1' },
  { id: 'encoded_id_string', url: 'https://crm.example.org/events', events: ['member.invited', 'task.updated'], token: 'whsec_2' },
]
const notFound = () => HttpResponse.json(errorEnvelope('Not found.'), { status: 404 })

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})
beforeEach(() => {
  capabilities.reset()
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    // The navigation's queue counts.
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/webhooks`, () => HttpResponse.json(listEnvelope(docsWebhooks))),
    http.delete(`${TEST_API}/webhooks/:id`, notFound),
    http.post(`${TEST_API}/webhooks/:id/test`, notFound),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('webhooks page on the vendor’s API', () => {
  it('lists webhooks without a registration time, leaving that column out', async () => {
    await renderRoute('/w/1000/webhooks')
    const table = within(await screen.findByRole('region', { name: 'Webhooks' })).getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    expect(within(table).queryByRole('columnheader', { name: 'Registered' })).toBeNull()
    expect(within(table).getByText('member.invited, task.updated')).toBeTruthy()
    expect(screen.queryByText(NOT_OFFERED)).toBeNull()
  })

  it('hides remove once WebWork answers 404, and says to do it in WebWork', async () => {
    const user = userEvent.setup()
    await renderRoute('/w/1000/webhooks')
    await user.click(await screen.findByRole('button', { name: 'Remove https://hooks.example.com/webwork' }))
    await user.click(screen.getByRole('button', { name: 'Remove webhook' }))
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Remove https/ })).toEqual([]))
    expect(screen.queryByRole('button', { name: 'Remove webhook' })).toBeNull()
    expect(screen.getAllByRole('note').some((note) => note.textContent?.includes(NOT_OFFERED))).toBe(true)
    // The page and the other actions stay.
    expect(screen.getByRole('button', { name: 'Edit https://hooks.example.com/webwork' })).toBeTruthy()
  })

  it('hides the test action once WebWork answers 404, without an error line', async () => {
    const user = userEvent.setup()
    await renderRoute('/w/1000/webhooks')
    await user.click(await screen.findByRole('button', { name: 'Send a test event to https://crm.example.org/events' }))
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Send a test event/ })).toEqual([]))
    expect(screen.queryByText(/The test event was not sent/)).toBeNull()
    expect(screen.getByRole('note').textContent).toContain(NOT_OFFERED)
  })
})
