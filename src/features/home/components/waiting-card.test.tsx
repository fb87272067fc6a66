import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { emptyList, failure, heldAnswer, homeApi, withHomeApi } from '../home-test-api'

withHomeApi()
const card = () => screen.findByRole('region', { name: 'Waiting for you' })

describe('Waiting for you', () => {
  it('counts each kind, says how long the oldest has waited, and links into the inbox with the kind', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    const waiting = within(await card())
    expect((await waiting.findByText('3')).textContent).toBe('3')
    expect(waiting.getByText('decisions waiting')).toBeTruthy()
    const timesheets = waiting.getByRole('link', { name: /^2 timesheets/ })
    expect(timesheets.textContent).toContain('oldest: 7 days')
    expect(timesheets.getAttribute('href')).toBe('/w/1000/inbox?kind=timesheet')
    expect(waiting.getByRole('link', { name: /^1 time request, oldest: 1 day/ }).getAttribute('href')).toBe('/w/1000/inbox?kind=time-request')
    expect(waiting.getByRole('link', { name: /^0 leave requests$/ })).toBeTruthy()
    const spent = await waiting.findByRole('link', { name: /^2 expenses since Monday, \$154\.16/ })
    expect(spent.getAttribute('href')).toBe('/w/1000/expenses?date_from=2026-11-30')
    expect(waiting.getByRole('link', { name: /Open the inbox/ }).getAttribute('href')).toBe('/w/1000/inbox')
  })

  it('shows its skeleton until the queues arrive, on its own', async () => {
    const held = heldAnswer(emptyList())
    server.use(...homeApi({ submitted: held.answer }))
    await renderRoute('/w/1000')
    const waiting = await card()
    expect(waiting.getAttribute('aria-busy')).toBe('true')
    // Another card is already done meanwhile.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Away soon' }).getAttribute('aria-busy')).toBe('false'))
    held.release()
    await waitFor(() => expect(waiting.getAttribute('aria-busy')).toBe('false'))
  })

  it('says when nothing waits', async () => {
    server.use(...homeApi({ submitted: emptyList(), timeRequests: emptyList(), pendingLeaves: emptyList(), expenses: emptyList() }))
    await renderRoute('/w/1000')
    const waiting = within(await card())
    expect(await waiting.findByText('decisions waiting')).toBeTruthy()
    expect(waiting.getByText('0').textContent).toBe('0')
    expect(waiting.queryByText(/oldest/)).toBeNull()
    expect(await waiting.findByRole('link', { name: /^0 expenses since Monday$/ })).toBeTruthy()
  })

  it('says what failed and reads again on Try again', async () => {
    let fail = true
    server.use(...homeApi({ timeRequests: () => (fail ? failure()() : emptyList()()) }))
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const waiting = within(await card())
    expect((await waiting.findByRole('alert')).textContent).toContain('WebWork is down for maintenance.')
    fail = false
    await user.click(waiting.getByRole('button', { name: 'Try again' }))
    expect(await waiting.findByRole('link', { name: /^0 time requests/ })).toBeTruthy()
  })
})
