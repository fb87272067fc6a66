import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { WS } from './sandbox-api'

// The sandbox seeds history up to today, so last week and the last weekday have tracked time.

const pad = (n: number) => String(n).padStart(2, '0')
const dayString = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
/** The latest Monday..Friday before today (the viewer's calendar, as the app uses). */
function lastWeekday(): string {
  const d = new Date()
  do d.setDate(d.getDate() - 1)
  while (d.getDay() === 0 || d.getDay() === 6)
  return dayString(d)
}
const daysAgo = (n: number) => {
  const d = new Date()
  d.setDate(d.getDate() - n)
  return dayString(d)
}

const reports = [
  { path: 'tracked-hours', title: 'Tracked hours', search: 'range=last-week', chart: /Tracked hours per day/ },
  { path: 'timeline', title: 'Timeline', search: `range=custom&from=${lastWeekday()}`, chart: /Tracked spans per member/ },
  { path: 'activity-level', title: 'Activity level', search: 'range=last-week', chart: /Activity level per member/ },
  { path: 'tasks', title: 'Tasks', search: 'range=last-week', chart: /tasks with the most time/ },
  { path: 'attendance', title: 'Attendance', search: `range=custom&from=${lastWeekday()}`, chart: /Arrival to departure/ },
] as const

const totalRow = (page: Page) => page.getByRole('region', { name: 'Totals by project' }).getByRole('row').last()

test('the sidebar and the index lead to every report', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}`)
  await page.getByRole('link', { name: 'Reports' }).click()
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible()
  for (const report of reports) await expect(page.getByRole('link', { name: new RegExp(`^${report.title}`) })).toBeVisible()
})

test('each report renders a chart of the demo data, and its table', async ({ signedIn: page }) => {
  for (const report of reports) {
    await page.goto(`/w/${WS}/reports/${report.path}?${report.search}`)
    await expect(page.getByRole('heading', { name: report.title, level: 1 })).toBeVisible()
    const chart = page.getByRole('img', { name: report.chart })
    await expect(chart).toBeVisible()
    // Recharts draws bars as paths; the timeline as positioned spans.
    await expect(chart.locator('.recharts-bar-rectangle path, span[title]').first()).toBeVisible()
    await page.getByRole('button', { name: 'Table' }).click()
    await expect(page).toHaveURL(/view=table/)
    await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible()
  }
})

test('presets and the arrow keys change the URL and the numbers', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/reports/tracked-hours?range=this-week`)
  const thisWeek = await totalRow(page).textContent()
  await page.getByLabel('Range', { exact: true }).selectOption('last-week')
  await expect(page).toHaveURL(/range=last-week/)
  await expect(totalRow(page)).not.toHaveText(thisWeek!)
  const lastWeek = await totalRow(page).textContent()

  await page.getByRole('heading', { name: 'Tracked hours' }).click() // focus outside the selects
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/range=custom/)
  const from = new URL(page.url()).searchParams.get('from')!
  await expect(totalRow(page)).not.toHaveText(lastWeek!)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`from=${from.slice(0, 8)}`))
  await expect(totalRow(page)).toHaveText(lastWeek!)
  await page.getByRole('button', { name: 'Previous range' }).click()
  await expect(page).toHaveURL(new RegExp(`from=${from}`))
})

test('a 3-month tracked-hours report loads in parts with a progress bar, without 429, and is cached', async ({ signedIn: page }) => {
  const statuses: number[] = []
  let reportRequests = 0
  page.on('response', (response) => {
    if (!response.url().includes('/api/v2/')) return
    statuses.push(response.status())
    if (response.url().includes('/reports/tracked-hours')) reportRequests++
  })
  // Slow the parts down so that the bar is surely on screen while they load (400 ms was missed
  // on a loaded CI machine).
  await page.route('**/api/v2/reports/tracked-hours*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await route.fallback()
  })
  const from = daysAgo(91)
  const to = daysAgo(0)
  await page.goto(`/w/${WS}/reports/tracked-hours?range=custom&from=${from}&to=${to}`)
  await expect(page.getByRole('progressbar', { name: 'Loading the report' })).toBeVisible()
  // Over two months the chart goes by week.
  await expect(page.getByRole('img', { name: /Tracked hours per week/ })).toBeVisible({ timeout: 30_000 })
  expect(reportRequests).toBe(3)
  await expect(totalRow(page)).toContainText('h')

  // Step forward and back: the range seen before comes from the cache.
  await page.getByRole('button', { name: 'Next range' }).click()
  await expect(page.getByRole('img', { name: /Tracked hours per week/ })).toBeVisible({ timeout: 30_000 })
  const afterForward = reportRequests
  await page.getByRole('button', { name: 'Previous range' }).click()
  await expect(page.getByRole('img', { name: /Tracked hours per week/ })).toBeVisible()
  expect(reportRequests).toBe(afterForward)
  expect(statuses.filter((s) => s === 429)).toEqual([])
})

/** One CSV line's fields (quoted fields may hold commas). */
const csvFields = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(([, f]) => f!.replace(/^"|"$/g, '').replaceAll('""', '"'))

test('the CSV download matches the table on screen, with decimal hours and amounts a spreadsheet can sum', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/reports/tracked-hours?range=last-week&view=table`)
  const region = page.getByRole('region', { name: 'Totals by project' })
  await expect(region.getByRole('row').nth(1)).toBeVisible()
  const shown = await region.getByRole('row').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')))
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV: Totals by project' }).click()])
  expect(download.suggestedFilename()).toMatch(/^tracked-hours-.*-totals\.csv$/)
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')
  const [header, ...rows] = csv.trimEnd().split('\r\n').map(csvFields)
  // The owner sees rates: the amounts come in the workspace's currency.
  expect(header).toEqual(['Project', 'Tracked', 'Tracked (hours)', 'Share', 'Amount', 'Amount (USD)'])
  const asShown = (fields: string[]) => [fields[0], fields[1], fields[3], fields[4]]
  expect([header!, ...rows].map(asShown)).toEqual(shown)
  for (const row of rows) expect(row[2]).toMatch(/^\d+\.\d{2}$/)
})

test('the reports have no axe violations, light and dark', async ({ signedIn: page }) => {
  test.setTimeout(240_000)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(`/w/${WS}/reports`)
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
    for (const report of reports) {
      for (const view of ['chart', 'table'] as const) {
        await page.goto(`/w/${WS}/reports/${report.path}?${report.search}&view=${view}`)
        await expect(
          page
            .getByRole('button', { name: 'Export CSV' })
            .or(page.getByRole('img', { name: report.chart }))
            .first(),
        ).toBeVisible()
        await expectNoAxeViolations(page)
      }
    }
  }
})
