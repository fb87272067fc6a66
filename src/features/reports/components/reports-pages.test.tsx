import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { corpus } from '@/contract/corpus/corpus-files'
import { capabilities, NOT_OFFERED } from '@/lib/api/capabilities'
import { errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { formatDay } from '@/utils/format'
import { localDay } from '@/utils/search-params'

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
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('reports on the vendor’s API', () => {
  it('draws tracked hours from the docs’ payload (a bare-number total, no pagination)', async () => {
    const [docs] = corpus.reports!.filter((c) => c.endpoint === 'GET /reports/tracked-hours')
    server.use(http.get(`${TEST_API}/reports/tracked-hours`, () => HttpResponse.json(docs!.response as object)))
    await renderRoute(`${WS}/tracked-hours?range=custom&from=2024-01-15&to=2024-01-21&view=table&by=member`)
    const totals = await table('Totals by member')
    // The docs' amounts come in two currencies: shown side by side, never summed.
    expect(cells(totals.getAllByRole('row').at(-1)!)).toEqual(['Total', '17h 45m', '100%', '$344.25 + €127.50'])
  })

  it('shows "—" for attendance figures the vendor did not send, and statuses it did as sent', async () => {
    server.use(
      http.get(`${TEST_API}/reports/daily-attendance`, () =>
        HttpResponse.json({ success: true, data: { users: [{ ...ada, statuses: ['Present', 'Remote'] }] } }),
      ),
    )
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
    const users = [
      {
        ...ada,
        descriptions: [
          { description: 'Design review', total_minutes: 90, entries: 2, dates: ['2026-11-23'] },
          { description: null, total_minutes: 15 },
        ],
      },
    ]
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

/** An instant `hours` after the viewer's midnight starting `day` (so the tests hold in any zone). */
const viewerTime = (day: string, hours: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(new Date(y, m - 1, d).getTime() + hours * 3_600_000).toISOString()
}

describe('what an owner tripped on (issue 16)', () => {
  it('opens Timeline and Attendance from the index on today, not on the Monday of "this week"', async () => {
    const { router } = await renderRoute(`${WS}?range=this-week`)
    const timeline = await screen.findByRole('link', { name: /Timeline/ })
    expect(timeline.getAttribute('href')).not.toMatch(/range=/)
    expect(screen.getByRole('link', { name: /Attendance/ }).getAttribute('href')).not.toMatch(/range=/)
    // The range reports keep the range.
    expect(screen.getByRole('link', { name: /Tracked hours/ }).getAttribute('href')).toMatch(/range=this-week/)

    server.use(
      http.get(`${TEST_API}/reports/daily-timeline`, ({ request }) =>
        HttpResponse.json({ success: true, data: { date: new URL(request.url).searchParams.get('date'), users: [] } }),
      ),
    )
    fireEvent.click(timeline)
    await screen.findByRole('heading', { name: 'Timeline', level: 1 })
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe(localDay())
    expect(screen.getByRole('combobox', { name: 'Range' })).toHaveProperty('value', 'today')
    expect(router.state.location.search).not.toHaveProperty('range')
  })

  it('draws a bar for every span with a total, also one the member worked on the viewer’s evening before', async () => {
    const dayBefore = { start: viewerTime('2026-11-23', -3.2), end: viewerTime('2026-11-23', -0.25), project_name: 'Apollo' }
    const morning = { start: viewerTime('2026-11-23', 9), end: viewerTime('2026-11-23', 10), project_name: 'Apollo' }
    server.use(
      http.get(`${TEST_API}/reports/daily-timeline`, () => HttpResponse.json({ success: true, data: { users: [{ ...ada, entries: [dayBefore, morning] }] } })),
    )
    await renderRoute(`${WS}/timeline?range=custom&from=2026-11-23&to=2026-11-23`)
    await screen.findByRole('img', { name: /Tracked spans per member/ })
    expect(screen.getAllByTestId('timeline-span')).toHaveLength(2)
    expect(screen.getByText(/before 00:00 is Nov 22/)).toBeTruthy()
  })

  it('shows amounts with their currency, and time that earned nothing as "Not billable"', async () => {
    const entry = { start: '2026-11-23T09:00:00Z', end: '2026-11-23T10:00:00Z', project_name: 'Apollo', currency: 'USD' }
    const entries = [
      { ...entry, total_amount: 1425 },
      { ...entry, start: '2026-11-23T11:00:00Z', end: '2026-11-23T11:30:00Z', project_name: 'Internal', total_amount: 0 },
    ]
    server.use(http.get(`${TEST_API}/reports/daily-timeline`, () => HttpResponse.json({ success: true, data: { users: [{ ...ada, entries }] } })))
    await renderRoute(`${WS}/timeline?${day}`)
    const rows = (await table('Tracked spans')).getAllByRole('row')
    expect(within(rows[0]!).getAllByRole('columnheader').at(-1)?.textContent).toBe('Amount')
    expect(rows.slice(1).map((row) => cells(row).at(-1))).toEqual(['$1,425.00', 'Not billable'])
  })

  it('refuses a From after the To with a message, and keeps the range on screen', async () => {
    server.use(http.get(`${TEST_API}/reports/activity-level`, () => HttpResponse.json({ success: true, data: { users: [] } })))
    const { router } = await renderRoute(`${WS}/activity-level?range=custom&from=2026-11-02&to=2026-11-08&view=table`)
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-20' } })
    expect((await screen.findByRole('alert')).textContent).toMatch(/From \(Nov 20, 2026\) is after To \(Nov 8, 2026\)/)
    expect(screen.getByLabelText('From').getAttribute('aria-invalid')).toBe('true')
    expect(router.state.location.search).toMatchObject({ from: '2026-11-02', to: '2026-11-08' })
    // A valid pair goes through, and the message goes.
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-25' } })
    await waitFor(() => expect(router.state.location.search).toMatchObject({ from: '2026-11-20', to: '2026-11-25' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('charts a range over two months by week, with the year in a range header not in this year', async () => {
    server.use(
      http.get(`${TEST_API}/reports/tracked-hours`, ({ request }) => {
        const q = new URL(request.url).searchParams
        const [start, end] = [q.get('start_date')!, q.get('end_date')!]
        const day = { users: [{ user_id: 1, project_id: null, contract_id: null, total_minutes: 90 }] }
        return HttpResponse.json({ success: true, data: { report_type: 'tracked_hours', start_date: start, end_date: end, total: 90, [start]: day } })
      }),
    )
    await renderRoute(`${WS}/tracked-hours?range=custom&from=2025-08-04&to=2025-11-02&view=table`)
    const weeks = await table('Tracked hours per week')
    expect(cells(weeks.getAllByRole('row')[1]!)).toEqual([formatDay('2025-08-04', true), '1h 30m', '1h 30m'])
    expect(screen.getByText('Aug 4 – Nov 2, 2025')).toBeTruthy()
  })
})
