import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { API, sandboxApi as api, WS } from './sandbox-api'

// Every decision is checked through the sandbox's API afterwards, not only on screen.

type Row = { id: string; status: string; reject_reason?: string; comment?: string }
const submittedTimesheets = async () => (await api(`/timesheets?workspace_id=${WS}&status=submitted&per_page=100`)).data as Row[]
const timesheet = async (id: string) => ((await api(`/timesheets?workspace_id=${WS}&id=${id}`)).data as Row[])[0]!
const pendingTimeRequests = async () =>
  (await api(`/time-requests?workspace_id=${WS}&status=pending&date_from=2025-01-01&date_to=2027-12-31&per_page=100`)).data as Row[]
const timeRequest = async (id: string) => (await api<{ data: Row }>(`/time-requests/${id}?workspace_id=${WS}`)).data
const pendingLeaves = async () => (await api(`/leaves?workspace_id=${WS}&status=pending&per_page=100`)).data as Row[]
const leave = async (id: string) => ((await api(`/leaves?workspace_id=${WS}&id=${id}`)).data as Row[])[0]!

test('approve a timesheet, and reject one with a reason', async ({ signedIn: page }) => {
  const [first, second] = await submittedTimesheets()
  await page.goto(`/w/${WS}/inbox?item=timesheet:${first!.id}`)
  await page.getByRole('button', { name: /^Approve/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Approved: Timesheet of/ })).toBeVisible()
  await expect.poll(async () => (await timesheet(first!.id)).status).toBe('approved')

  await page.goto(`/w/${WS}/inbox?item=timesheet:${second!.id}`)
  await page.getByRole('button', { name: /^Reject/ }).click()
  await page.getByLabel('Reason').fill('Monday looks too high')
  await page.getByRole('button', { name: 'Reject', exact: true }).click()
  await expect.poll(async () => timesheet(second!.id)).toMatchObject({ status: 'rejected', reject_reason: 'Monday looks too high' })
})

test('a rejection whose request fails keeps the typed reason', async ({ signedIn: page }) => {
  const [target] = await submittedTimesheets()
  let failures = 0
  await page.route(`${API}/timesheets/*/reject`, async (route) => {
    if (failures++ > 0) return route.fallback()
    await route.fulfill({
      status: 503,
      json: { success: false, message: 'Service unavailable', meta: { api_version: '2.0.0', timestamp: new Date().toISOString() } },
    })
  })
  await page.goto(`/w/${WS}/inbox?item=timesheet:${target!.id}`)
  await page.getByRole('button', { name: /^Reject/ }).click()
  await page.getByLabel('Reason').fill('Please split Tuesday by project')
  await page.getByRole('button', { name: 'Reject', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('WebWork had a problem')
  await expect(page.getByLabel('Reason')).toHaveValue('Please split Tuesday by project')
  expect((await timesheet(target!.id)).status).toBe('submitted')

  await page.getByRole('button', { name: 'Reject', exact: true }).click()
  await expect.poll(async () => timesheet(target!.id)).toMatchObject({ status: 'rejected', reject_reason: 'Please split Tuesday by project' })
})

test('bulk-approve five items with one confirmation', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  const checkboxes = page.getByRole('checkbox', { name: /^Select Timesheet of/ })
  const labels: string[] = []
  for (let i = 0; i < 5; i++) {
    await checkboxes.nth(i).check()
    labels.push((await checkboxes.nth(i).getAttribute('aria-label'))!)
  }
  const before = await submittedTimesheets()
  await page.getByRole('button', { name: 'Approve 5' }).click()
  // "Approve all 5" when some of them are flagged.
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Approve (all )?5$/ })
    .click()
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('5 approved.')
  await page.getByRole('button', { name: 'Done' }).click()
  const after = await submittedTimesheets()
  expect(before.length - after.length).toBe(5)
  for (const label of labels) await expect(page.getByRole('checkbox', { name: label })).toHaveCount(0)
})

test("the next item's context is fetched ahead, so moving to it needs no request", async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  const panel = page.getByRole('region').filter({ has: page.getByRole('button', { name: /^Approve/ }) })
  const context = panel.getByText(/Nothing unusual|over its|in one day|on a day of approved leave/).first()
  await expect(context).toBeVisible()
  // Background work (the prefetch among it) is spread over seconds: wait until none is queued.
  await expect(page.getByRole('status').filter({ hasText: 'No requests waiting' })).toBeAttached({ timeout: 20_000 })
  await page.waitForLoadState('networkidle')
  const heading = await panel.getByRole('heading').first().textContent()

  // From now on context requests get no answer: only what was fetched ahead can show.
  await page.route(/\/api\/v2\/(contracts|leaves)\?/, () => undefined)
  await page.keyboard.press('j')
  await expect(panel.getByRole('heading').first()).not.toHaveText(heading!)
  await expect(context).toBeVisible()
  await expect(panel.getByText('Checking limits and leave…')).toHaveCount(0)
})

test('triage three time requests with the keyboard alone', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=time-request`)
  const rows = page.getByRole('list', { name: 'Pending decisions' }).getByRole('listitem')
  await expect(rows.first()).toBeVisible()
  const ids = await Promise.all([0, 1, 2].map(async (i) => (await rows.nth(i).getByRole('checkbox').getAttribute('aria-label'))!))
  const pending = await pendingTimeRequests()

  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.keyboard.press('a')
  await expect(page.getByRole('checkbox', { name: ids[0] })).toHaveCount(0)
  await page.keyboard.press('r')
  await page.keyboard.type('Not on this project')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('checkbox', { name: ids[1] })).toHaveCount(0)
  await page.keyboard.press('a')
  await expect(page.getByRole('checkbox', { name: ids[2] })).toHaveCount(0)

  await expect.poll(async () => (await pendingTimeRequests()).length).toBe(pending.length - 3)
  const stillPending = new Set((await pendingTimeRequests()).map((r) => r.id))
  const decided = await Promise.all(pending.filter((r) => !stillPending.has(r.id)).map((r) => timeRequest(r.id)))
  expect(decided.map((r) => r.status).sort()).toEqual(['approved', 'approved', 'rejected'])
  expect(decided.find((r) => r.status === 'rejected')!.comment).toBe('Not on this project')
})

test('approve a time request and reject a leave', async ({ signedIn: page }) => {
  const [request] = await pendingTimeRequests()
  await page.goto(`/w/${WS}/inbox?item=time-request:${request!.id}`)
  await expect(page.getByText('Duration')).toBeVisible()
  await page.getByRole('button', { name: /^Approve/ }).click()
  await expect.poll(async () => (await timeRequest(request!.id)).status).toBe('approved')

  const [target] = await pendingLeaves()
  await page.goto(`/w/${WS}/inbox?item=leave:${target!.id}`)
  await expect(page.getByRole('heading', { name: 'Also away then' })).toBeVisible()
  await page.getByRole('button', { name: /^Reject/ }).click()
  await page.getByLabel('Reason').fill('The release is that week')
  await page.getByRole('button', { name: 'Reject', exact: true }).click()
  await expect.poll(async () => leave(target!.id)).toMatchObject({ status: 'rejected', reject_reason: 'The release is that week' })
})

test('an item decided elsewhere meanwhile is reported and never applied twice', async ({ signedIn: page }) => {
  const [target] = await submittedTimesheets()
  await page.goto(`/w/${WS}/inbox?item=timesheet:${target!.id}`)
  await expect(page.getByRole('heading', { level: 2 })).toContainText('·')
  const rows = page.getByRole('checkbox', { name: /^Select Timesheet of/ })
  const before = await rows.count()
  // Another manager rejects it first.
  await api(`/timesheets/${target!.id}/reject`, { method: 'PUT', body: JSON.stringify({ workspace_id: WS, reason: 'Decided elsewhere' }) })
  await page.getByRole('button', { name: /^Approve/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'already decided elsewhere' })).toBeVisible()
  expect(await timesheet(target!.id)).toMatchObject({ status: 'rejected', reject_reason: 'Decided elsewhere' })
  await expect(rows).toHaveCount(before - 1)
})

test('the inbox has no axe violations, light and dark', async ({ signedIn: page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const kind of ['timesheet', 'time-request', 'leave']) {
      await page.goto(`/w/${WS}/inbox?kind=${kind}`)
      await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible()
      await expect(page.getByRole('button', { name: /^Approve/ }).first()).toBeVisible()
      await expectNoAxeViolations(page)
    }
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await expectNoAxeViolations(page)
  }
})

// Issue 16, items 6–8: rows that say what needs a look, bulk approvals that say what is flagged,
// select-all, a cursor that keeps its place, and a time request's day and week.

const rows = (page: Page) => page.getByRole('list', { name: 'Pending decisions' }).getByRole('listitem')
async function flagsSettled(page: Page) {
  await expect(rows(page).first()).toBeVisible()
  await expect(page.getByText(/^Flags not known: Checking/)).toHaveCount(0, { timeout: 30_000 })
}
const idOf = async (row: Locator) => (await row.getByRole('button').first().getAttribute('data-inbox-row'))!.split(':')[1]!

test('rows show hours and flags; a bulk approval says how many are flagged and can approve only the rest', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await flagsSettled(page)
  await expect(rows(page).first()).toContainText(/\d+h \d{2}m/)
  const flagged = rows(page).filter({ has: page.locator('[data-flagged]') })
  await expect(flagged.first()).toBeVisible()
  await expect(flagged.first()).toContainText(/Flagged: .*(in one day|over its|approved leave)/)
  const unflagged = rows(page).filter({ hasNot: page.locator('[data-flagged]') })

  const flaggedId = await idOf(flagged.first())
  const clearIds = await Promise.all([0, 1, 2].map((i) => idOf(unflagged.nth(i))))
  await flagged.first().getByRole('checkbox').check()
  for (const i of [0, 1, 2]) await unflagged.nth(i).getByRole('checkbox').check()
  await page.keyboard.press('a')
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('note')).toContainText('1 of 4 flagged: review them first?')
  // Enter takes the safe default.
  await expect(dialog.getByRole('button', { name: 'Approve only the 3 unflagged' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('status')).toHaveText('3 approved.')
  expect((await timesheet(flaggedId)).status).toBe('submitted')
  for (const id of clearIds) expect((await timesheet(id)).status).toBe('approved')
})

test('the bulk confirmation focuses its confirm button; Shift+X selects every item of the kind shown', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await flagsSettled(page)
  const total = await rows(page).count()
  await page.keyboard.press('Shift+X')
  await expect(page.getByRole('checkbox', { name: `Select all ${total} timesheets` })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Selection' })).toContainText(`${total} of ${total} selected`)
  await page.keyboard.press('Shift+X')
  await expect(page.getByRole('group', { name: 'Selection' })).toHaveCount(0)

  const unflagged = rows(page).filter({ hasNot: page.locator('[data-flagged]') })
  await unflagged.nth(0).getByRole('checkbox').check()
  await unflagged.nth(1).getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Approve 2' }).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Approve 2' })).toBeFocused()
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Shift+X')
})

test('after a batch the cursor stays in its place: on the next item when its own was decided', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await flagsSettled(page)
  const ids = await Promise.all([0, 1, 2, 3, 4].map((i) => idOf(rows(page).nth(i))))
  await page.goto(`/w/${WS}/inbox?kind=timesheet&item=timesheet:${ids[2]}`)
  await flagsSettled(page)
  for (const i of [1, 2, 3]) await rows(page).nth(i).getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Approve 3' }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Approve (all )?3$/ })
    .click()
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('3 approved.')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.locator('li[aria-current="true"] [data-inbox-row]')).toHaveAttribute('data-inbox-row', `timesheet:${ids[4]}`)
  await expect(rows(page).first().locator('[data-inbox-row]')).toHaveAttribute('data-inbox-row', `timesheet:${ids[0]}`)
})

test("a time request shows the member's tracked time that day and its effect on the weekly limit", async ({ signedIn: page }) => {
  const [request] = await pendingTimeRequests()
  await page.goto(`/w/${WS}/inbox?item=time-request:${request!.id}`)
  const day = page
    .getByRole('region', { name: /·/ })
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Tracked that day' }) })
  await expect(day).toContainText(/(\d+h \d{2}m|\d+m) tracked, \d{2}:\d{2}–\d{2}:\d{2}|Nothing tracked that day/)
  await expect(day).toContainText(/No overlap with tracked time|Overlaps/)
  const week = page
    .getByRole('region', { name: /·/ })
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Weekly limit, week of/ }) })
  await expect(week).toContainText(/tracked on this contract \+ .* requested = .* of its .* limit|No weekly limit/)
})
