import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { listEnvelope } from '@/testing/factories'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { contracts, failure, heldAnswer, homeApi, withHomeApi } from '../home-test-api'

withHomeApi()
const card = () => screen.findByRole('region', { name: 'At risk this week' })

describe('At risk this week', () => {
  it('lists contracts over their limit first, then those on course to pass it, each linked', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    const risk = within(await card())
    expect(await risk.findByText('contracts over or on course to pass their limits')).toBeTruthy()
    const rows = risk.getAllByRole('link').filter((link) => link.getAttribute('href')?.includes('/projects/'))
    expect(rows.map((row) => [row.getAttribute('href'), row.textContent])).toEqual([
      ['/w/1000/projects/50', 'Ben Stone · Website11h 00m tracked, limit 10 hOver limit'],
      ['/w/1000/projects/52', 'Ava Owens · Support≈ 10.4 h by Friday, limit 8 hWill overrun'],
    ])
    expect(risk.getByRole('link', { name: /Flagged contracts/ }).getAttribute('href')).toBe('/w/1000/contracts?layout=list&flagged=true')
  })

  it('waits for the contracts with its skeleton', async () => {
    const held = heldAnswer(() => HttpResponse.json(listEnvelope(contracts)))
    server.use(...homeApi({ contracts: held.answer }))
    await renderRoute('/w/1000')
    const risk = await card()
    expect(risk.getAttribute('aria-busy')).toBe('true')
    held.release()
    await waitFor(() => expect(risk.getAttribute('aria-busy')).toBe('false'))
  })

  it('says when every contract is within its limit', async () => {
    server.use(...homeApi({ contracts: () => HttpResponse.json(listEnvelope(contracts.map((c) => ({ ...c, weekly_hours_limit: 168 })))) }))
    await renderRoute('/w/1000')
    expect(await within(await card()).findByText('No contract is over its weekly limit or on course to pass it.')).toBeTruthy()
  })

  it('says what failed and reads again on Try again', async () => {
    let fail = true
    server.use(...homeApi({ contracts: () => (fail ? failure()() : HttpResponse.json(listEnvelope(contracts))) }))
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const risk = within(await card())
    expect((await risk.findByRole('alert')).textContent).toContain('WebWork is down for maintenance.')
    fail = false
    await user.click(risk.getByRole('button', { name: 'Try again' }))
    expect(await risk.findByText('Ben Stone')).toBeTruthy()
  })
})
