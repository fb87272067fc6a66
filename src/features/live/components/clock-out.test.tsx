import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { timeTrackingMessages } from '@/contract/time-tracking'
import { errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// Clock-out on the Live board is offered only where the API can do it, and its refusals are said
// outside the sideways-scrolling table.

const ada = member({ id: 1, firstname: 'Ada', lastname: 'Lovelace', timezone: 'UTC', weekly_hours_limit: 0 })
const grace = member({ id: 2, firstname: 'Grace', lastname: 'Hopper', email: 'grace@example.com', timezone: 'UTC', weekly_hours_limit: 0 })
const { notTracking } = timeTrackingMessages
const today = () => new Date().toISOString().slice(0, 10)
/** Grace tracks in the desktop app: current-data cannot see it; today's timeline shows an entry that ended a minute ago. */
const graceTimeline = () => {
  const end = new Date(Date.now() - 60_000)
  const start = new Date(end.getTime() - 3_600_000)
  return {
    user_id: 2,
    firstname: 'Grace',
    lastname: 'Hopper',
    timezone: 'UTC',
    total_minutes: 60,
    entries: [
      { id: 'g-1', start: start.toISOString(), end: end.toISOString(), duration_minutes: 60, project_name: 'API Platform', tracking_method: 'desktop' },
    ],
  }
}
let sent: string[]

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  sent = []
  server.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname.replace('/api/v2', '')}`))
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope([ada, grace]))),
    http.get(`${TEST_API}/contracts`, () => HttpResponse.json({ success: true, data: [] })),
    http.get(`${TEST_API}/reports/tracked-hours`, () =>
      HttpResponse.json({ success: true, data: { report_type: 'tracked_hours', start_date: today(), end_date: today(), total: { total_minutes: 0 } } }),
    ),
    http.get(`${TEST_API}/reports/daily-timeline`, () => HttpResponse.json({ success: true, data: { users: [graceTimeline()] } })),
    http.get(`${TEST_API}/time-tracking/current-data`, ({ request }) =>
      HttpResponse.json(
        new URL(request.url).searchParams.get('user_id') === '1'
          ? { success: true, data: { user_id: 1, activity_description: 'Docs check', total_minutes: 30, total_seconds: 0, date: today() } }
          : { success: true, data: null },
      ),
    ),
  )
})
afterEach(() => {
  server.resetHandlers()
  server.events.removeAllListeners()
})
afterAll(() => server.close())

const trackingRow = async (who: RegExp) =>
  within(await screen.findByRole('region', { name: 'Tracking now' })).findByRole('row', { name: who }, { timeout: 3000 })

describe('clocking out on the Live board', () => {
  it('offers no clock-out for a desktop-app tracker, and says why', async () => {
    await renderRoute('/w/1000/live')
    const row = await trackingRow(/Grace Hopper/)
    const button = within(row).getByRole('button', { name: 'Clock out Grace Hopper' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Desktop app: stop it there\. .*cannot see or stop it/)
    expect(within(row).getByText('Desktop app: stop it there', { exact: false })).toBeTruthy()
    // The API tracker beside it can be stopped.
    expect((within(await trackingRow(/Ada Lovelace/)).getByRole('button', { name: 'Clock out Ada Lovelace' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('says a refusal in full outside the table, then re-reads the member', async () => {
    server.use(
      http.post(`${TEST_API}/time-tracking/stop`, () => HttpResponse.json(errorEnvelope(notTracking, { errors: { user_id: [notTracking] } }), { status: 422 })),
    )
    const user = userEvent.setup()
    await renderRoute('/w/1000/live')
    await user.click(within(await trackingRow(/Ada Lovelace/)).getByRole('button', { name: 'Clock out Ada Lovelace' }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(`Could not clock out Ada Lovelace: ${notTracking}`)
    // Not inside the scrolling table, where a long message is cut off.
    expect(screen.getByRole('region', { name: 'Tracking now' }).contains(alert)).toBe(false)
    await waitFor(() => expect(sent.slice(sent.indexOf('POST /time-tracking/stop'))).toContain('GET /time-tracking/current-data'))
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
