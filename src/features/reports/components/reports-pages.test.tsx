import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { corpus } from '@/contract/corpus/corpus-files'
import { capabilities, NOT_OFFERED } from '@/lib/api/capabilities'
import { errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The report pages against answers shaped as the vendor's docs show them (or leave open): only
// the documented fields, no pagination, and a 404 for the report the docs give no path for.

const WS = '/w/1000/reports'
const day = 'range=custom&from=2026-11-23&to=2026-11-23&view=table'
const ada = { user_id: 1, firstname: 'Ada', lastname: 'Person1' }

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  capabilities.reset()
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    // The navigation's queue counts.
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope([member({ id: 1 })]))),
    http.get(`${TEST_API}/projects`, () => HttpResponse.json({ success: true, data: [] })),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A report table, by the label of the region that holds it. */
const table = async (name: string) => within(await screen.findByRole('region', { name }))
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('reports on the vendor’s API', () => {
  it('draws tracked hours from the docs’ payload (a bare-number total, no pagination)', async () => {
    const [docs] = corpus.reports!.filter((c) => c.endpoint === 'GET /reports/tracked-hours')
    server.use(http.get(`${TEST_API}/reports/tracked-hours`, () => HttpResponse.json(docs!.response as object)))
    await renderRoute(`${WS}/tracked-hours?range=custom&from=2024-01-15&to=2024-01-21&view=table&by=member`)
    const totals = await table('Totals by member')
    expect(cells(totals.getAllByRole('row').at(-1)!)).toEqual(['Total', '17h 45m', '100%'])
  })

  it('shows "—" for attendance figures the vendor did not send, and statuses it did as sent', async () => {
    server.use(http.get(`${TEST_API}/reports/daily-attendance`, () => HttpResponse.json({ success: true, data: { users: [{ ...ada, statuses: ['Present', 'Remote'] }] } })))
    await renderRoute(`${WS}/attendance?${day}`)
    const rows = (await table('Attendance')).getAllByRole('row')
    expect(cells(rows[1]!)).toEqual(['Ada Person1', 'Present, Remote', '—', '—', '', '—', '—', '—', '—'])
  })

  it('shows a tracking method it does not know raw, and an unknown activity level as "—"', async () => {
    const entry = { start: '2026-11-23T09:00:00Z', end: '2026-11-23T10:00:00Z', project_name: 'Apollo' }
    const entries = [
      { ...entry, tracking_method: 'Desktop tracker', activity_level: '64.5' },
      { ...entry, start: '2026-11-23T11:00:00Z', end: '2026-11-23T11:30:00Z', tracking_method: 'Mobile tracker', activity_level: null },
    ]
    server.use(http.get(`${TEST_API}/reports/daily-timeline`, () => HttpResponse.json({ success: true, data: { users: [{ ...ada, entries }] } })))
    await renderRoute(`${WS}/timeline?${day}`)
    const rows = (await table('Tracked spans')).getAllByRole('row').slice(1)
    expect(rows.map((row) => cells(row).slice(4))).toEqual([
      ['1h 00m', 'Apollo', '', '65%', 'Desktop app'],
      ['30m', 'Apollo', '', '—', 'Mobile tracker'],
    ])
  })

  it('says the activity-descriptions report is not offered when WebWork answers 404, on the page and the index', async () => {
    server.use(http.get(`${TEST_API}/reports/activity-descriptions`, () => HttpResponse.json(errorEnvelope('Not found.'), { status: 404 })))
    const { router } = await renderRoute(`${WS}/activity-descriptions?${day}`)
    await waitFor(() => expect(screen.getByRole('note').textContent).toContain(NOT_OFFERED))
    expect(screen.queryByRole('alert')).toBeNull()

    await router.navigate({ to: '/w/$workspaceId/reports', params: { workspaceId: 1000 } })
    await screen.findByRole('heading', { name: 'Reports', level: 1 })
    expect(screen.getByRole('link', { name: /Tracked hours/ })).toBeTruthy()
    expect(screen.queryByRole('link', { name: /Activity descriptions/ })).toBeNull()
    expect(screen.getByText('Activity descriptions').closest('li')?.textContent).toContain(NOT_OFFERED)
  })

  it('reads the activity descriptions where the API has them', async () => {
    const users = [{ ...ada, descriptions: [{ description: 'Design review', total_minutes: 90, entries: 2, dates: ['2026-11-23'] }, { description: null, total_minutes: 15 }] }]
    server.use(http.get(`${TEST_API}/reports/activity-descriptions`, () => HttpResponse.json({ success: true, data: { users } })))
    await renderRoute(`${WS}/activity-descriptions?${day}`)
    const rows = (await table('Time per description')).getAllByRole('row').slice(1)
    expect(rows.map(cells)).toEqual([
      ['Design review', '1h 30m', '1', '2', '1'],
      ['No description', '15m', '1', '—', '0'],
    ])
    expect(screen.queryByText(NOT_OFFERED)).toBeNull()
  })
})
