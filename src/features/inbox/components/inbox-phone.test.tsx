import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { capabilities } from '@/lib/api/capabilities'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { NARROW } from '../use-media-query'
import { contract, serveInbox, submittedTimesheet } from './inbox-test-api'

// Narrow screens (item 13 of issue 16): the list first, the item as a sheet over it whose Back
// returns focus to the row, and the selection bar in the bottom dock. Where things sit on screen
// and how big they are is checked in e2e/inbox-phone.spec.ts.

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  Element.prototype.scrollIntoView ??= () => undefined
})
beforeEach(() => {
  capabilities.reset()
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) =>
      ({ matches: query === NARROW, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }) as unknown as MediaQueryList,
  )
  serveInbox({
    timesheets: [submittedTimesheet('t1', 1, { '2026-11-16': 240 }), submittedTimesheet('t2', 2, { '2026-11-17': 300 })],
    contracts: [contract(1, 40), contract(2, 40)],
  })
})
afterEach(() => {
  server.resetHandlers()
  vi.restoreAllMocks()
})
afterAll(() => server.close())

describe('inbox on a narrow screen', () => {
  it('shows the list first and opens an item as a sheet; Back returns focus to its row', async () => {
    const user = userEvent.setup()
    await renderRoute('/w/1000/inbox')
    expect(screen.getByRole('list', { name: 'Pending decisions' })).toBeTruthy()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('region', { name: /·/ })).toBeNull()

    const row = screen.getByRole('button', { name: /^Member 2/ })
    await user.click(row)
    const sheet = screen.getByRole('dialog', { name: /^Timesheet of Member 2,/ })
    expect(within(sheet).getByRole('region', { name: /^Member 2 ·/ })).toBeTruthy()
    await user.click(within(sheet).getByRole('button', { name: 'Back to the list' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(row))
  })

  it('opens the sheet for a link to an item', async () => {
    await renderRoute('/w/1000/inbox?item=timesheet:t1')
    expect(screen.getByRole('dialog', { name: /^Timesheet of Member 1,/ })).toBeTruthy()
  })

  it('puts the selection bar in the bottom dock, after the list', async () => {
    const user = userEvent.setup()
    await renderRoute('/w/1000/inbox')
    await user.click(screen.getByRole('checkbox', { name: /^Select Timesheet of Member 1,/ }))
    const bar = screen.getByRole('group', { name: 'Selection' })
    expect(bar.parentElement!.className).toMatch(/\bfixed\b.*\bbottom-0\b/)
  })
})
