import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { capabilities } from '@/lib/api/capabilities'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { contract, serveInbox, submittedTimesheet, type InboxData } from './inbox-test-api'

// Rows that tell what needs a look (items 6 and 7 of issue 16): hours and flags per row from two
// reads for the whole queue, a bulk approval that says what is flagged, select-all, and a cursor
// that keeps its place after a batch.

const week: InboxData = {
  timesheets: [
    submittedTimesheet('t1', 1, { '2026-11-16': 13 * 60 }),
    submittedTimesheet('t2', 2, { '2026-11-16': 360, '2026-11-17': 360 }),
    submittedTimesheet('t3', 3, { '2026-11-16': 240 }),
    submittedTimesheet('t4', 4, { '2026-11-18': 240 }),
    submittedTimesheet('t5', 5, { '2026-11-19': 240 }),
    submittedTimesheet('t6', 6, { '2026-11-20': 240 }),
  ],
  contracts: [contract(1, 40), contract(2, 10), contract(3, 40), contract(4, 40), contract(5, 40), contract(6, 40)],
  approvedLeaves: [{ id: 'l4', user_id: 4, status: 'approved', start_date: '2026-11-18', end_date: '2026-11-18' }],
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  Element.prototype.scrollIntoView ??= () => undefined
})
beforeEach(() => capabilities.reset())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const rowOf = (member: number) => within(screen.getByRole('checkbox', { name: new RegExp(`^Select Timesheet of Member ${member},`) }).closest('li')!)
const settled = () => waitFor(() => expect(screen.queryAllByText(/^Flags not known/)).toHaveLength(0), { timeout: 5000 })

describe('inbox rows', () => {
  it('show each item’s hours and flags, "—" until the queue’s two context reads are in, never a read per row', async () => {
    let release!: () => void
    const { calls } = serveInbox({ ...week, contractsGate: new Promise<void>((resolve) => (release = resolve)) })
    await renderRoute('/w/1000/inbox?kind=timesheet')

    expect(rowOf(1).getByText('13h 00m')).toBeTruthy()
    // A long day shows from the timesheet alone; the others wait for the contracts.
    expect(rowOf(1).getByText(/^Flagged: .*13h 00m in one day/)).toBeTruthy()
    expect(rowOf(3).getByText(/^Flags not known: Checking limits and leave/)).toBeTruthy()
    release()
    await waitFor(() => expect(rowOf(2).getByText(/^Flagged: .*over its 10h 00m limit/)).toBeTruthy(), { timeout: 5000 })
    await waitFor(() => expect(rowOf(4).getByText(/^Flagged: .*on a day of approved leave/)).toBeTruthy(), { timeout: 5000 })
    expect(rowOf(3).queryByText(/^Flags not known|^Flagged/)).toBeNull()

    const workspaceWide = (path: string) => calls.filter((c) => c.startsWith(`GET ${path}?`) && !c.includes('user_id='))
    expect(workspaceWide('/contracts')).toHaveLength(1)
    expect(workspaceWide('/leaves').filter((c) => c.includes('status=approved'))).toHaveLength(1)
    // Per member: only the item on screen and the next one, read before the queue's reads were in.
    const perMember = new Set(calls.filter((c) => /^GET \/(contracts|leaves)\?.*user_id=/.test(c)).map((c) => /user_id=(\d+)/.exec(c)![1]!))
    expect([...perMember].every((id) => ['1', '2'].includes(id))).toBe(true)
  })

  it('a bulk approval says how many are flagged, focuses "approve only the unflagged", and sends only those', async () => {
    const { approved } = serveInbox(week)
    const user = userEvent.setup()
    await renderRoute('/w/1000/inbox?kind=timesheet')
    await settled()
    // Shift+X selects every timesheet shown.
    await user.keyboard('X')
    expect(screen.getByRole('checkbox', { name: 'Select all 6 timesheets' })).toHaveProperty('checked', true)
    await user.keyboard('a')
    const dialog = within(screen.getByRole('dialog'))
    expect(dialog.getByText('3 of 6 flagged: review them first?')).toBeTruthy()
    expect(within(dialog.getByRole('list', { name: 'Flagged' })).getAllByRole('listitem')).toHaveLength(3)
    const onlyUnflagged = dialog.getByRole('button', { name: 'Approve only the 3 unflagged' })
    await waitFor(() => expect(document.activeElement).toBe(onlyUnflagged))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(dialog.getByText('3 approved.')).toBeTruthy(), { timeout: 5000 })
    expect([...approved].sort()).toEqual(['t3', 't5', 't6'])
  })

  it('focuses the confirm button when nothing selected is flagged', async () => {
    serveInbox(week)
    const user = userEvent.setup()
    await renderRoute('/w/1000/inbox?kind=timesheet')
    await settled()
    await user.click(screen.getByRole('checkbox', { name: /^Select Timesheet of Member 3,/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Select Timesheet of Member 5,/ }))
    await user.click(screen.getByRole('button', { name: 'Approve 2' }))
    const dialog = within(screen.getByRole('dialog'))
    expect(dialog.queryByRole('note')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Approve 2' })))
  })

  it('"Review them" keeps only the flagged selected and opens the first', async () => {
    serveInbox(week)
    const user = userEvent.setup()
    await renderRoute('/w/1000/inbox?kind=timesheet')
    await settled()
    await user.click(screen.getByRole('checkbox', { name: 'Select all 6 timesheets' }))
    await user.click(screen.getByRole('button', { name: 'Approve 6' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Review them' }))
    expect(screen.getByText('3 of 6 selected')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^Member 1 ·/)
  })

  it('keeps the cursor in its place after a batch: on the next item when its own was decided', async () => {
    serveInbox(week)
    const user = userEvent.setup()
    await renderRoute('/w/1000/inbox?kind=timesheet&item=timesheet:t3')
    await settled()
    for (const member of [2, 3, 4]) await user.click(screen.getByRole('checkbox', { name: new RegExp(`^Select Timesheet of Member ${member},`) }))
    await user.click(screen.getByRole('button', { name: 'Approve 3' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Approve all 3' }))
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByText('3 approved.')).toBeTruthy(), { timeout: 5000 })
    await user.click(screen.getByRole('button', { name: 'Done' }))
    const current = within(screen.getByRole('list', { name: 'Pending decisions' }))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current'))
    expect(within(current!).getByRole('checkbox').getAttribute('aria-label')).toMatch(/^Select Timesheet of Member 5,/)
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^Member 5 ·/)
  })
})
