import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { emptyList, failure, heldAnswer, homeApi, withHomeApi } from '../home-test-api'

withHomeApi()
const card = () => screen.findByRole('region', { name: 'Away soon' })

describe('Away soon', () => {
  it('lists approved leave starting in the next week, not leave already under way', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    const away = within(await card())
    expect(await away.findByText('leave starts in the next 7 days')).toBeTruthy()
    expect(away.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Cleo Park · Vacationin 2 days, Dec 4 – Dec 8'])
    expect(away.getByRole('link', { name: /Open in Leaves/ }).getAttribute('href')).toBe(
      '/w/1000/leaves?status=approved&date_from=2026-12-02&date_to=2026-12-09&per_page=100',
    )
  })

  it('waits for the leaves with its skeleton', async () => {
    const held = heldAnswer(emptyList())
    server.use(...homeApi({ approvedLeaves: held.answer }))
    await renderRoute('/w/1000')
    const away = await card()
    expect(away.getAttribute('aria-busy')).toBe('true')
    held.release()
    await waitFor(() => expect(away.getAttribute('aria-busy')).toBe('false'))
  })

  it('says when nobody leaves soon', async () => {
    server.use(...homeApi({ approvedLeaves: emptyList() }))
    await renderRoute('/w/1000')
    expect(await within(await card()).findByText('Nobody’s approved leave starts in the next 7 days.')).toBeTruthy()
  })

  it('says what failed and reads again on Try again', async () => {
    let fail = true
    server.use(...homeApi({ approvedLeaves: () => (fail ? failure()() : emptyList()()) }))
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const away = within(await card())
    expect((await away.findByRole('alert')).textContent).toContain('WebWork is down for maintenance.')
    fail = false
    await user.click(away.getByRole('button', { name: 'Try again' }))
    expect(await away.findByText(/Nobody’s approved leave/)).toBeTruthy()
  })
})
