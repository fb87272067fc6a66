import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { corpus } from '@/contract/corpus/corpus-files'
import { envelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// Clock in/out and manual time against answers shaped as the vendor's docs show them: seeds/001's
// start answer without user fields, its stop answer `{message, stopped_at}`, and a manual entry
// answered without the partial-save figures.

const answer = (endpoint: string) => corpus['time-tracking']!.find((c) => c.endpoint === endpoint && c.variant === 'seed')!.response as object
const ada = member({ id: 1, timezone: 'UTC', weekly_hours_limit: 0 })
const contract = { id: 20, project_id: 10, project_name: 'API Platform', user_id: 1 }
/** Requests the tests count, by `METHOD path`. */
let sent: string[]

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})
beforeEach(() => {
  sent = []
  server.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname.replace('/api/v2', '')}`))
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope([ada]))),
    http.get(`${TEST_API}/members/1`, () => HttpResponse.json(envelope(ada))),
    http.get(`${TEST_API}/contracts`, () => HttpResponse.json({ success: true, data: [contract] })),
    http.get(`${TEST_API}/tasks`, () => HttpResponse.json(listEnvelope([]))),
  )
})
afterEach(() => {
  server.resetHandlers()
  server.events.removeAllListeners()
})
afterAll(() => server.close())

const count = (request: string) => sent.filter((s) => s === request).length
const statuses = () => screen.getAllByRole('status').map((s) => s.textContent)

describe('the Live board on the vendor’s API', () => {
  it('says a clock-in and a clock-out worked when WebWork says success, re-reads the tracker, and never sends twice', async () => {
    let running = false
    server.use(
      http.get(`${TEST_API}/reports/tracked-hours`, () => HttpResponse.json(corpus.reports![0]!.response as object)),
      http.get(`${TEST_API}/reports/daily-timeline`, () => HttpResponse.json({ success: true, data: { users: [] } })),
      http.get(`${TEST_API}/time-tracking/current-data`, () =>
        HttpResponse.json(
          running
            ? {
                success: true,
                data: { contract_id: 20, user_id: 1, activity_description: 'Docs check', total_minutes: 0, total_seconds: 3, date: '2026-11-23' },
              }
            : { success: true, data: null },
        ),
      ),
      http.post(`${TEST_API}/time-tracking/start`, () => {
        running = true
        return HttpResponse.json(answer('POST /time-tracking/start'))
      }),
      http.post(`${TEST_API}/time-tracking/stop`, () => {
        running = false
        return HttpResponse.json(answer('POST /time-tracking/stop'))
      }),
    )
    const user = userEvent.setup()
    await renderRoute('/w/1000/live')
    await user.click(await screen.findByRole('button', { name: 'Clock in Ada Person1' }))
    const dialog = await screen.findByRole('dialog', { name: 'Clock in Ada Person1' })
    await user.type(within(dialog).getByLabelText('Activity description'), 'Docs check')
    await user.click(within(dialog).getByRole('button', { name: 'Clock in' }))

    await waitFor(() => expect(statuses()).toContain('Clocked in Ada Person1.'), { timeout: 3000 })
    // The live state was re-read after the write (seeds/001's answer names no user).
    await waitFor(() => expect(sent.slice(sent.indexOf('POST /time-tracking/start'))).toContain('GET /time-tracking/current-data'))
    const row = await within(await screen.findByRole('region', { name: 'Tracking now' })).findByRole('row', { name: /Ada Person1/ })
    expect(row.textContent).toContain('API Platform')
    expect(count('POST /time-tracking/start')).toBe(1)

    await user.click(within(row).getByRole('button', { name: 'Clock out Ada Person1' }))
    await waitFor(() => expect(statuses()).toContain('Clocked out Ada Person1.'), { timeout: 3000 })
    expect(screen.queryByRole('row', { name: /Ada Person1/ })).toBeNull()
    expect(count('POST /time-tracking/stop')).toBe(1)
    await waitFor(() => expect(sent.slice(sent.indexOf('POST /time-tracking/stop'))).toContain('GET /time-tracking/current-data'))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('a member’s day on the vendor’s API', () => {
  const running = { id: 'run-1', user_id: 1, method: 'Web tracker', date: '2026-11-23', start_time: '2026-11-23T11:00:00Z', end_time: null }
  const manual = {
    ...running,
    id: 'man-1',
    method: 'Manually added time',
    start_time: '2026-11-23T08:00:00Z',
    end_time: '2026-11-23T09:00:00Z',
    duration_minutes: 60,
  }
  const day = () => http.get(`${TEST_API}/time-entries`, () => HttpResponse.json({ success: true, data: [manual, running] }))

  it('shows a duration it was not sent as "—", and a method as sent', async () => {
    server.use(day())
    await renderRoute('/w/1000/live/1?date=2026-11-23')
    const rows = within(await screen.findByRole('region', { name: 'Time entries' }))
      .getAllByRole('row')
      .slice(1)
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(3, 5)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Manually added time', '1h 00m'],
      ['Web tracker', '—'],
    ])
  })

  it('adds time answered without partial-save figures: done, with WebWork’s message, then re-read', async () => {
    server.use(
      day(),
      http.post(`${TEST_API}/time-entries`, () => HttpResponse.json({ success: true, message: 'Time entry added successfully' }, { status: 201 })),
    )
    const user = userEvent.setup()
    await renderRoute('/w/1000/live/1?date=2026-11-23')
    await screen.findByRole('region', { name: 'Time entries' })
    const reads = count('GET /time-entries')
    await user.click(screen.getByRole('button', { name: 'Add time' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Add manual time' })).getByRole('button', { name: 'Add time' }))
    await waitFor(() => expect(statuses()).toContain('Time entry added successfully'))
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(count('GET /time-entries')).toBeGreaterThan(reads))
    expect(count('POST /time-entries')).toBe(1)
  })

  it('says a partial save with its figures when WebWork sends them', async () => {
    const message = 'Time entry saved partially: 30 of 60 minutes.'
    server.use(
      day(),
      http.post(`${TEST_API}/time-entries`, () =>
        HttpResponse.json({ success: true, data: { id: 'x', requested_minutes: 60, saved_minutes: 30 }, message }, { status: 201 }),
      ),
    )
    const user = userEvent.setup()
    await renderRoute('/w/1000/live/1?date=2026-11-23')
    await user.click(await screen.findByRole('button', { name: 'Add time' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add manual time' })
    await user.click(within(dialog).getByRole('button', { name: 'Add time' }))
    expect((await within(dialog).findByRole('status')).textContent).toBe(`Saved 30m of 1h 00m. ${message}`)
  })

  it('deletes on { success, message } and says so', async () => {
    server.use(
      day(),
      http.delete(`${TEST_API}/time-entries/man-1`, () => HttpResponse.json({ success: true, message: 'Time entry deleted successfully' })),
    )
    const user = userEvent.setup()
    await renderRoute('/w/1000/live/1?date=2026-11-23')
    await user.click(await screen.findByRole('button', { name: /^Delete entry/ }))
    await waitFor(() => expect(statuses()).toContain('Entry deleted.'))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
