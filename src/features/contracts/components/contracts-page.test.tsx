import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The Contracts page's week: the forecast as a number, and a week picker kept in the URL.

const ada = member({ id: 1, firstname: 'Ada', lastname: 'Lovelace' })
const contract = {
  id: 20,
  project_id: 10,
  project_name: 'API Platform',
  user_id: 1,
  user_firstname: 'Ada',
  user_lastname: 'Lovelace',
  weekly_hours_limit: 10,
  status: 'active',
}
/** The weeks the page asked the report for, as `start..end`. */
let weeksAsked: string[]

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  // Wednesday noon: two and a half working days of the week of Nov 23 have gone.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 25, 12) })
  weeksAsked = []
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope([ada]))),
    http.get(`${TEST_API}/projects`, () => HttpResponse.json(listEnvelope([{ id: 10, name: 'API Platform', status: 1 }]))),
    http.get(`${TEST_API}/contracts`, () => HttpResponse.json(listEnvelope([contract]))),
    http.get(`${TEST_API}/reports/tracked-hours`, ({ request }) => {
      const params = new URL(request.url).searchParams
      const [start, end] = [params.get('start_date')!, params.get('end_date')!]
      weeksAsked.push(`${start}..${end}`)
      // 7 h by Wednesday noon this week; a quiet 3 h the week before.
      const minutes = start === '2026-11-23' ? 420 : 180
      return HttpResponse.json({
        success: true,
        data: {
          report_type: 'tracked_hours',
          start_date: start,
          end_date: end,
          total: { total_minutes: minutes },
          [start]: { users: [{ user_id: 1, project_id: 10, contract_id: 20, total_minutes: minutes }] },
        },
      })
    }),
  )
})
afterEach(() => {
  vi.useRealTimers()
  server.resetHandlers()
})
afterAll(() => server.close())

describe('the Contracts page’s week', () => {
  it('gives the forecast as a number, in the list and in the matrix', async () => {
    const { router } = await renderRoute('/w/1000/contracts?layout=list')
    const row = within(await screen.findByRole('region', { name: 'Contracts' })).getByRole('row', { name: /Ada Lovelace/ })
    // 7 h in 2.5 working days is 14 h by Friday.
    await waitFor(() => expect(row.textContent).toContain('≈ 14 h by Friday, limit 10 h'))
    expect(within(row).getByText('Will overrun')).toBeTruthy()

    await router.navigate({ to: '/w/$workspaceId/contracts', params: { workspaceId: 1000 }, search: { layout: 'matrix' } })
    const cell = await screen.findByRole('button', { name: /^Edit contract: Ada Lovelace on API Platform/ })
    expect(cell.getAttribute('aria-label')).toBe('Edit contract: Ada Lovelace on API Platform, will overrun its weekly limit: ≈ 14 h by Friday, limit 10 h')
    expect(cell.textContent).toContain('≈ 14 h by Friday')
  })

  it('picks another week, keeps it in the URL, and reads that week', async () => {
    const user = userEvent.setup()
    const { router } = await renderRoute('/w/1000/contracts?layout=list')
    await screen.findByText(/^Hours of Nov 23 – Nov 29; the forecast assumes/)
    expect(screen.queryByRole('button', { name: 'This week' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ week: '2026-11-16' }))
    expect(await screen.findByText('Hours of Nov 16 – Nov 22; the week is over: these are its totals.')).toBeTruthy()
    const row = within(screen.getByRole('region', { name: 'Contracts' })).getByRole('row', { name: /Ada Lovelace/ })
    await waitFor(() => expect(row.textContent).toContain('3h 00m'))
    // A finished week has totals, no forecast.
    expect(row.textContent).not.toContain('≈')
    expect((screen.getByLabelText('Week of') as HTMLInputElement).value).toBe('2026-11-16')
    expect(weeksAsked).toEqual(['2026-11-23..2026-11-29', '2026-11-16..2026-11-22'])

    await user.click(screen.getByRole('button', { name: 'This week' }))
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('week'))
  })

  it('reads a day in the URL as its week', async () => {
    await renderRoute('/w/1000/contracts?layout=list&week=2026-11-05')
    expect(await screen.findByText(/^Hours of Nov 2 – Nov 8;/)).toBeTruthy()
    await waitFor(() => expect(weeksAsked).toEqual(['2026-11-02..2026-11-08']))
  })
})
