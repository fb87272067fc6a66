import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { casesFor } from '@/contract/corpus/corpus-files'
import { capabilities, NOT_OFFERED } from '@/lib/api/capabilities'
import { errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The inbox against the vendor's own payloads (the docs corpus). Pending: John Smith's submitted
// timesheet (seeds/000), his time request (variant A) and Maria Garcia's leave (legacy fields).
// Leave approve/reject and balances answer 404 as on the vendor, time request decisions
// `{ success, message }` only.

const response = (endpoint: string, index = 0) => casesFor(endpoint)[index]!.response as JsonBodyType
const LEAVE = 'leave:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'
const REQUEST = 'time-request:3f2a9c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c'
const notFound = () => HttpResponse.json(errorEnvelope('Not found.'), { status: 404 })
let calls: string[]

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  // jsdom does not scroll.
  Element.prototype.scrollIntoView ??= () => undefined
})
beforeEach(() => {
  capabilities.reset()
  calls = []
  const log = (label: string, answer: () => Response) => () => {
    calls.push(label)
    return answer()
  }
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    http.get(`${TEST_API}/members`, () =>
      HttpResponse.json(
        listEnvelope([member({ id: 45696, firstname: 'John', lastname: 'Smith' }), member({ id: 100, firstname: 'Maria', lastname: 'Garcia' })]),
      ),
    ),
    http.get(`${TEST_API}/contracts`, () => HttpResponse.json(listEnvelope([]))),
    http.get(`${TEST_API}/timesheets`, () => HttpResponse.json(response('GET /timesheets'))),
    http.get(
      `${TEST_API}/time-requests`,
      log('list time requests', () => HttpResponse.json(response('GET /time-requests'))),
    ),
    http.get(`${TEST_API}/leaves`, () => HttpResponse.json(response('GET /leaves', 1))),
    http.get(`${TEST_API}/leaves/balances`, notFound),
    http.get(`${TEST_API}/time-entries`, () => HttpResponse.json(listEnvelope([]))),
    http.get(`${TEST_API}/reports/tracked-hours`, () => HttpResponse.json(response('GET /reports/tracked-hours', 1))),
    http.post(`${TEST_API}/leaves/:id/:decision`, log('decide leave', notFound)),
    http.post(
      `${TEST_API}/time-requests/:id/approve`,
      log('approve time request', () => HttpResponse.json(response('POST /time-requests/{timeRequestId}/approve'))),
    ),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const panel = () => within(screen.getByRole('region', { name: /·/ }))
const outcomes = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent ?? '')
    .join('\n')

describe('inbox on the vendor’s API', () => {
  it('shows every pending decision; a leave keeps its context when the balance answers 404', async () => {
    await renderRoute(`/w/1000/inbox?item=${LEAVE}`)
    expect(within(screen.getByRole('list', { name: 'Pending decisions' })).getAllByRole('listitem')).toHaveLength(3)
    // Names come from the member list, read at background priority after the queues.
    await waitFor(() => expect(panel().getByText(/Maria Garcia/)).toBeTruthy(), { timeout: 5000 })
    expect(await panel().findByText(/^Not available/)).toBeTruthy()
    expect(panel().getByText(/Mar 11.*0\.5 days/)).toBeTruthy()
    expect(panel().getByRole('button', { name: /^Approve/ })).toBeTruthy()
  })

  it('keeps a leave read-only once its approve answers 404, with the plain line instead of the buttons', async () => {
    const user = userEvent.setup()
    await renderRoute(`/w/1000/inbox?item=${LEAVE}`)
    await user.click(await panel().findByRole('button', { name: /^Approve/ }))
    // The cursor moves on at once and comes back to the leave when WebWork answers 404.
    await waitFor(() => expect(panel().queryByRole('note')).not.toBeNull(), { timeout: 5000 })
    expect(panel().queryByRole('button', { name: /^Approve/ })).toBeNull()
    expect(panel().getByRole('note').textContent).toContain(NOT_OFFERED)
    expect(panel().queryByRole('button', { name: /^Reject/ })).toBeNull()
    expect(within(screen.getByRole('list', { name: 'Pending decisions' })).getAllByRole('listitem')).toHaveLength(3)
    expect(outcomes()).toContain(NOT_OFFERED)
  })

  it('lets neither keys nor a bulk decision try a leave once leave decisions are known missing', async () => {
    capabilities.markMissing('leave-decisions')
    const user = userEvent.setup()
    await renderRoute(`/w/1000/inbox?item=${LEAVE}`)
    expect((await panel().findByRole('note')).textContent).toContain(NOT_OFFERED)
    await user.keyboard('a')
    await user.keyboard('r')
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(outcomes()).toContain(NOT_OFFERED))

    await user.click(screen.getByRole('checkbox', { name: /^Select Leave of/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Select Time request of/ }))
    expect(screen.getByText(/1 leave is read-only and will be skipped/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Approve 1' }))
    // "Approve all 1" while the row's flags are still being read.
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /^Approve (all )?1$/ }))
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByText('1 approved.')).toBeTruthy())
    expect(calls.filter((c) => c.startsWith('decide') || c.startsWith('approve'))).toEqual(['approve time request'])
  })

  it('keeps a bulk rejection’s reason as a draft, like a single one, until the batch took it', async () => {
    const user = userEvent.setup()
    await renderRoute(`/w/1000/inbox?item=${REQUEST}`)
    await user.click(await screen.findByRole('checkbox', { name: /^Select Time request of/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Select Timesheet of/ }))
    await user.click(screen.getByRole('button', { name: 'Reject 2' }))
    await user.type(within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Reason' }), 'Split the hours by project')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Reject 2' }))
    expect(within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Reason' })).toHaveProperty('value', 'Split the hours by project')
  })

  it('refuses a reason over 1,000 characters with the contract’s message', async () => {
    const user = userEvent.setup()
    await renderRoute(`/w/1000/inbox?item=${REQUEST}`)
    await user.click(await panel().findByRole('button', { name: /^Reject/ }))
    const field = within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Reason' })
    await user.click(field)
    await user.paste('x'.repeat(1001))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reject' }))
    expect(within(screen.getByRole('dialog')).getByRole('alert').textContent).toBe('The reason may not be greater than 1000 characters.')
  })

  it('takes a time request approval answered with { success, message } only as done, then re-reads', async () => {
    const user = userEvent.setup()
    await renderRoute(`/w/1000/inbox?item=${REQUEST}`)
    const before = calls.filter((c) => c === 'list time requests').length
    await user.click(await panel().findByRole('button', { name: /^Approve/ }))
    await waitFor(() => expect(outcomes()).toMatch(/Approved: Time request of /), { timeout: 5000 })
    await waitFor(() => expect(calls.filter((c) => c === 'list time requests').length).toBeGreaterThan(before))
  })

  it.each([
    ['applied', true, /Approved: Time request of [^.]* \(checked after the connection dropped\)\./],
    ['not applied', false, /Not approved: Time request of [^.]* is still waiting \(checked after the connection dropped\)\. It is back in the list\./],
  ])('a decision whose answer is lost says it may have been applied, checks, and tells what happened (%s)', async (_case, applied, said) => {
    const listed = response('GET /time-requests') as { data: { id: string }[] }
    const requestId = REQUEST.split(':')[1]!
    let decided = false
    server.use(
      http.post(`${TEST_API}/time-requests/:id/approve`, () => {
        decided = applied
        return HttpResponse.error()
      }),
      // The client's probe after a network failure (is it CORS?): the server is there.
      http.get(`${TEST_API}/time-requests/:id/approve`, () => new HttpResponse(null, { status: 405 })),
      http.get(`${TEST_API}/time-requests`, () =>
        HttpResponse.json({ ...listed, data: decided ? listed.data.filter((r) => r.id !== requestId) : listed.data } as JsonBodyType),
      ),
    )
    const user = userEvent.setup()
    await renderRoute(`/w/1000/inbox?item=${REQUEST}`)
    await user.click(await panel().findByRole('button', { name: /^Approve/ }))
    await waitFor(() => expect(outcomes()).toMatch(/may have been approved — checking…/), { timeout: 5000 })
    await waitFor(() => expect(outcomes()).toMatch(said), { timeout: 5000 })
    expect(outcomes()).not.toMatch(/decided elsewhere|Could not approve/)
  })
})
