import type { Page as PwPage } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { sandboxApi, WS } from './sandbox-api'

// The queue pages: filters live in the URL and change the rows. Decisions belong to the inbox
// (the lead's specs decide `submitted` timesheets); here only `pending` ones are submitted and
// unsubmitted, so the two never pick the same rows.

type Page<T> = { data: T[]; meta: { pagination: { total: number } } }
type ApiTimesheet = { id: string; status: string; user_id: number; total_minutes: number; member: { firstname: string; lastname: string } }
const timesheets = (query: string) => sandboxApi<Page<ApiTimesheet>>(`/timesheets?workspace_id=${WS}&${query}`)
const timesheetStatus = async (id: string) => (await timesheets(`id=${id}`)).data[0]!.status
const bodyRows = (page: PwPage) => page.getByRole('table').locator('tbody tr')
/** Rows change after the URL does (the loader runs in between): wait until every row says `text`. */
const expectEveryRow = (page: PwPage, text: string) =>
  expect
    .poll(async () => {
      const rows = await bodyRows(page).allTextContents()
      return rows.length > 0 && rows.every((row) => row.includes(text))
    })
    .toBe(true)

test('timesheets: filters and pages change the URL and the rows; a row opens its timesheet', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/timesheets`)
  await expect(page.getByRole('heading', { name: 'Timesheets', exact: true })).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(20)

  const approved = await timesheets('status=approved&per_page=100')
  await page.getByLabel('Status').selectOption('approved')
  await expect(page).toHaveURL(/status=approved/)
  await expect(page.getByRole('status').filter({ hasText: `${approved.meta.pagination.total} timesheets match the filters` })).toBeVisible()
  await expectEveryRow(page, 'Approved')

  const someone = approved.data[0]!
  const name = `${someone.member.firstname} ${someone.member.lastname}`
  await page.getByLabel('Member').selectOption(String(someone.user_id))
  await expect(page).toHaveURL(new RegExp(`member=${someone.user_id}`))
  await expectEveryRow(page, name)

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).not.toHaveURL(/status=/)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('21–40 of')

  const link = bodyRows(page)
    .first()
    .getByRole('link', { name: /^Timesheet of/ })
  const label = (await link.getAttribute('aria-label'))!
  await link.click()
  await expect(page.getByRole('heading', { name: label.replace(/^Timesheet of (.*), .*$/, '$1') })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Daily breakdown by project/ })).toBeVisible()
})

test('submit then unsubmit a timesheet for a member, and a 422 when it changed meanwhile', async ({ signedIn: page }) => {
  const pending = (await timesheets('status=pending&per_page=100')).data.filter((t) => t.total_minutes > 0)
  const target = pending.at(-1)!
  await page.goto(`/w/${WS}/timesheets/${target.id}`)
  await expect(page.getByRole('region', { name: 'Daily breakdown by project' }).or(page.getByText('No time tracked'))).toBeVisible()
  const submit = page.getByRole('button', { name: 'Submit', exact: true })
  const unsubmit = page.getByRole('button', { name: 'Unsubmit', exact: true })
  await expect(submit).toBeEnabled()
  await expect(unsubmit).toBeDisabled()

  await submit.click()
  await expect.poll(() => timesheetStatus(target.id)).toBe('submitted')
  await expect(unsubmit).toBeEnabled()
  await expect(page.getByRole('link', { name: 'Review in inbox' })).toHaveAttribute('href', new RegExp(`inbox\\?item=timesheet(%3A|:)${target.id}`))

  await unsubmit.click()
  await expect.poll(() => timesheetStatus(target.id)).toBe('pending')
  await expect(submit).toBeEnabled()

  // Someone else submits it; our stale Submit gets the API's 422, said plainly, and the page catches up.
  await sandboxApi(`/timesheets/${target.id}/submit`, { method: 'PUT', body: JSON.stringify({ workspace_id: WS }) })
  await submit.click()
  await expect(page.getByRole('alert')).toContainText('because its status is submitted')
  await expect(unsubmit).toBeEnabled()
  await unsubmit.click()
  await expect.poll(() => timesheetStatus(target.id)).toBe('pending')
})

test('time requests: the last 30 days by default; filters change the URL and the rows', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/time-requests`)
  await expect(page.getByRole('heading', { name: 'Time requests', exact: true })).toBeVisible()
  await expect(page.getByLabel('From', { exact: true })).not.toHaveValue('')
  await expect(bodyRows(page).first()).toBeVisible()

  await page.getByLabel('Status').selectOption('rejected')
  await expect(page).toHaveURL(/status=rejected/)
  await expectEveryRow(page, 'rejected')

  await page.getByLabel('Status').selectOption('pending')
  await expect(page).toHaveURL(/status=pending/)
  const review = bodyRows(page)
    .first()
    .getByRole('link', { name: /^Review/ })
  await expect(review).toHaveAttribute('href', /inbox\?item=time-request(%3A|:)/)

  await page.getByLabel('From', { exact: true }).fill('2020-01-01')
  await expect(page).toHaveURL(/date_from=2020-01-01/)
})

test('leaves: filters by status, policy and dates change the URL and the rows', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/leaves`)
  await expect(page.getByRole('heading', { name: 'Leaves', exact: true })).toBeVisible()
  await expect(bodyRows(page).first()).toBeVisible()

  await page.getByLabel('Policy').selectOption({ label: 'Vacation' })
  await expect(page).toHaveURL(/policy=\d+/)
  await expectEveryRow(page, 'Vacation')

  await page.getByLabel('Status').selectOption('approved')
  await expect(page).toHaveURL(/status=approved/)
  await expectEveryRow(page, 'approved')

  await page.getByLabel('From', { exact: true }).fill('2030-01-01')
  await expect(page).toHaveURL(/date_from=2030-01-01/)
  await expect(page.getByText('No leave request matches these filters.')).toBeVisible()
})

test('expenses: the date range filters the ledger', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/expenses`)
  await expect(bodyRows(page).first()).toBeVisible()
  await page.getByLabel('From', { exact: true }).fill('2026-11-10')
  await page.getByLabel('To', { exact: true }).fill('2026-11-14')
  await expect(page).toHaveURL(/date_from=2026-11-10/)
  await expect(page).toHaveURL(/date_to=2026-11-14/)
  const inRange = await sandboxApi<Page<unknown>>(`/expenses?workspace_id=${WS}&date_from=2026-11-10&date_to=2026-11-14`)
  await expect(page.getByRole('status').filter({ hasText: /in this period/ })).toHaveText(
    `${inRange.meta.pagination.total} ${inRange.meta.pagination.total === 1 ? 'expense' : 'expenses'} in this period`,
  )
})

test('every queue page has no axe violations, light and dark', async ({ signedIn: page }) => {
  const [sheet] = (await timesheets('status=rejected&per_page=1')).data
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const [path, heading] of [
      [`/w/${WS}/timesheets`, 'Timesheets'],
      [`/w/${WS}/timesheets/${sheet!.id}`, `${sheet!.member.firstname} ${sheet!.member.lastname}`],
      [`/w/${WS}/time-requests`, 'Time requests'],
      [`/w/${WS}/leaves`, 'Leaves'],
      [`/w/${WS}/expenses`, 'Expenses'],
      [`/w/${WS}/leaves?date_from=2030-01-01`, 'Leaves'],
    ]) {
      await page.goto(path!)
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
      await expectNoAxeViolations(page)
    }
  }
})
