import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { emptyList, failure, heldAnswer, homeApi, withHomeApi } from '../home-test-api'

withHomeApi()
const card = () => screen.findByRole('region', { name: 'Not submitted' })

describe('Not submitted', () => {
  it('lists last week’s open timesheets by name, each linked, and links to them in Timesheets', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    const open = within(await card())
    expect(await open.findByText('timesheets of Nov 23 – Nov 29 not submitted')).toBeTruthy()
    const rows = open.getAllByRole('link').filter((link) => link.getAttribute('href')?.includes('/timesheets/'))
    // Dan's timesheet names no member (variant A): the member list does.
    expect(rows.map((row) => [row.getAttribute('href'), row.textContent])).toEqual([
      ['/w/1000/timesheets/ts-3', 'Ben Stone · ben@acme.test10h 00m tracked'],
      ['/w/1000/timesheets/ts-4', 'Dan Roe · dan@acme.test10h 00m tracked'],
    ])
    expect(open.getByRole('link', { name: /Open in Timesheets/ }).getAttribute('href')).toBe(
      '/w/1000/timesheets?status=pending&date_from=2026-11-23&date_to=2026-11-29&per_page=100',
    )
  })

  it('copies the names and emails, to paste into a nudge', async () => {
    server.use(...homeApi())
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const open = within(await card())
    await user.click(await open.findByRole('button', { name: 'Copy list (2)' }))
    expect(await open.findByText('Copied to the clipboard.')).toBeTruthy()
    expect(await navigator.clipboard.readText()).toBe('Ben Stone <ben@acme.test>\nDan Roe <dan@acme.test>')
  })

  it('shows the list to copy by hand when the clipboard is refused', async () => {
    server.use(...homeApi())
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
    await renderRoute('/w/1000')
    const open = within(await card())
    await user.click(await open.findByRole('button', { name: 'Copy list (2)' }))
    const text = await open.findByRole('textbox', { name: 'Members who have not submitted, with their emails' })
    expect((text as HTMLTextAreaElement).value).toBe('Ben Stone <ben@acme.test>\nDan Roe <dan@acme.test>')
  })

  it('waits for the timesheets with its skeleton', async () => {
    const held = heldAnswer(emptyList())
    server.use(...homeApi({ open: held.answer }))
    await renderRoute('/w/1000')
    const open = await card()
    expect(open.getAttribute('aria-busy')).toBe('true')
    held.release()
    await waitFor(() => expect(open.getAttribute('aria-busy')).toBe('false'))
  })

  it('says when everyone submitted', async () => {
    server.use(...homeApi({ open: emptyList() }))
    await renderRoute('/w/1000')
    expect(await within(await card()).findByText('Every timesheet of last week (Nov 23 – Nov 29) is submitted.')).toBeTruthy()
  })

  it('says what failed and reads again on Try again', async () => {
    let fail = true
    server.use(...homeApi({ open: () => (fail ? failure()() : emptyList()()) }))
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const open = within(await card())
    expect((await open.findByRole('alert')).textContent).toContain('WebWork is down for maintenance.')
    fail = false
    await user.click(open.getByRole('button', { name: 'Try again' }))
    expect(await open.findByText(/is submitted\.$/)).toBeTruthy()
  })
})
