import { screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { capabilities } from '@/lib/api/capabilities'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { contract, serveInbox } from './inbox-test-api'

// A time request's context (item 8 of issue 16): the member's tracked time that day, the overlap,
// and the effect on the contract's weekly limit, from one read of their day and one week report.

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  Element.prototype.scrollIntoView ??= () => undefined
})
beforeEach(() => capabilities.reset())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const panel = () => within(screen.getByRole('region', { name: /·/ }))
const section = (name: string) => within(panel().getByRole('heading', { name }).closest('section')!)

describe('time request context', () => {
  it('shows the member’s day, where the request overlaps it, and the week against the limit', async () => {
    const { calls } = serveInbox({
      // Tuesday 16:00–18:00 UTC asked for; 09:00–17:00 tracked; 10 h tracked on the contract that week.
      timeRequests: [
        {
          id: 'r1',
          user_id: 2,
          contract_id: 12,
          start: '2026-11-17T16:00:00Z',
          end: '2026-11-17T18:00:00Z',
          status: 'pending',
          created_at: '2026-11-18T09:00:00Z',
        },
      ],
      contracts: [contract(2, 10)],
      entries: [
        {
          id: 'e1',
          user_id: 2,
          contract_id: 12,
          date: '2026-11-17',
          start_time: '2026-11-17T09:00:00Z',
          end_time: '2026-11-17T17:00:00Z',
          duration_minutes: 480,
        },
      ],
      weekMinutes: { 12: 600 },
    })
    await renderRoute('/w/1000/inbox?item=time-request:r1')

    await waitFor(() => expect(section('Tracked that day').getByText(/^8h 00m tracked/)).toBeTruthy(), { timeout: 5000 })
    expect(section('Tracked that day').getByText(/^Overlaps 1h 00m already tracked \(.*\): approving adds 1h 00m at most\.$/)).toBeTruthy()
    const week = section('Weekly limit, week of Nov 16')
    await waitFor(() => expect(week.getByText(/^10h 00m tracked on this contract \+ 1h 00m requested = 11h 00m of its 10h 00m limit/)).toBeTruthy(), {
      timeout: 5000,
    })
    expect(week.getByText('over by 1h 00m')).toBeTruthy()

    // One read of the member's day (their own zone's date) and one week report for the workspace.
    expect(calls.filter((c) => c.startsWith('GET /time-entries'))).toEqual(['GET /time-entries?workspace_id=1000&user_id=2&date=2026-11-17&page=1&per_page=50'])
    expect(calls.filter((c) => c.startsWith('GET /reports/tracked-hours'))).toEqual([
      'GET /reports/tracked-hours?workspace_id=1000&start_date=2026-11-16&end_date=2026-11-22',
    ])
  })

  it('says when the request overlaps nothing and the contract has no limit', async () => {
    serveInbox({
      timeRequests: [{ id: 'r1', user_id: 2, contract_id: 12, start: '2026-11-17T18:00:00Z', end: '2026-11-17T19:30:00Z', status: 'pending' }],
      contracts: [contract(2, 168)],
      entries: [],
      weekMinutes: { 12: 300 },
    })
    await renderRoute('/w/1000/inbox?item=time-request:r1')
    await waitFor(() => expect(section('Tracked that day').getByText('Nothing tracked that day.')).toBeTruthy(), { timeout: 5000 })
    expect(section('Tracked that day').getByText('No overlap with tracked time.')).toBeTruthy()
    await waitFor(() => expect(panel().getByText('No weekly limit on this contract; 6h 30m this week once approved.')).toBeTruthy(), { timeout: 5000 })
  })
})
