import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { envelope } from '@/testing/factories'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { failure, heldAnswer, homeApi, lastWeek, thisWeek, withHomeApi } from '../home-test-api'

withHomeApi()
const card = () => screen.findByRole('region', { name: 'This week' })
const noDays = (week: typeof thisWeek) => () =>
  HttpResponse.json(envelope({ report_type: week.report_type, start_date: week.start_date, end_date: week.end_date, total: 0 }))

describe('This week', () => {
  it('totals the week so far and says how it compares with last week by the same day', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    const week = within(await card())
    expect((await week.findByText('26h 00m')).textContent).toBe('26h 00m')
    expect(week.getByText('tracked since Monday')).toBeTruthy()
    expect(week.getByText('Mon–Tue: 4h 00m more than last week (16h 00m), 25 % up.')).toBeTruthy()
    expect(week.getByText(/Last week in all:/).textContent).toBe('Last week in all: 40h 00m (Nov 23 – Nov 29).')
    expect(await week.findByRole('img', { name: /Tracked hours per day, this week beside last week/ })).toBeTruthy()
    expect(week.getByRole('link', { name: /Tracked hours by project/ }).getAttribute('href')).toBe('/w/1000/reports/tracked-hours?range=this-week&view=chart')
  })

  it('shows the same numbers as a table, kept in the URL', async () => {
    server.use(...homeApi())
    const user = userEvent.setup()
    const { router } = await renderRoute('/w/1000')
    const week = within(await card())
    await user.click(await week.findByRole('button', { name: 'Table' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ week: 'table' }))
    const rows = within(week.getByRole('table'))
      .getAllByRole('row')
      .map((row) => row.textContent)
    expect(rows).toEqual([
      'DayLast weekThis week',
      'Mon Nov 308h 00m13h 00m',
      'Tue Dec 18h 00m7h 00m',
      'Wed Dec 28h 00m6h 00m',
      'Thu Dec 38h 00m—',
      'Fri Dec 48h 00m—',
      'Sat Dec 50m—',
      'Sun Dec 60m—',
      'Total40h 00m26h 00m',
    ])
  })

  it('waits for both weeks with its skeleton', async () => {
    const held = heldAnswer(() => HttpResponse.json(envelope(lastWeek)))
    server.use(...homeApi({ lastWeek: held.answer }))
    await renderRoute('/w/1000')
    const week = await card()
    expect(week.getAttribute('aria-busy')).toBe('true')
    held.release()
    await waitFor(() => expect(week.getAttribute('aria-busy')).toBe('false'))
  })

  it('says when nothing was tracked', async () => {
    server.use(...homeApi({ thisWeek: noDays(thisWeek), lastWeek: noDays(lastWeek) }))
    await renderRoute('/w/1000')
    const week = within(await card())
    expect(await week.findByText('Mon–Tue: nothing tracked, as last week.')).toBeTruthy()
    expect(week.getByText('tracked since Monday').previousSibling!.textContent).toBe('0m')
  })

  it('says what failed and reads again on Try again', async () => {
    let fail = true
    server.use(...homeApi({ lastWeek: () => (fail ? failure()() : HttpResponse.json(envelope(lastWeek))) }))
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const week = within(await card())
    expect((await week.findByRole('alert')).textContent).toContain('WebWork is down for maintenance.')
    fail = false
    await user.click(week.getByRole('button', { name: 'Try again' }))
    expect(await week.findByText('26h 00m')).toBeTruthy()
  })
})
