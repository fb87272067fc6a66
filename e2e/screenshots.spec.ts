import { expect, test } from './fixtures'
import { sandboxApi, WS } from './sandbox-api'

// Screenshots of every page for review (`SHOTS=/tmp/shots npx playwright test screenshots`), light
// and dark, wide and narrow: a tool for looking, not a check, so it is skipped unless asked for.

test('screenshots of every page', async ({ signedIn: page }) => {
  const dir = process.env.SHOTS
  test.skip(!dir, 'set SHOTS to a folder')
  test.setTimeout(600_000)
  const [member] = (await sandboxApi<{ data: { id: number }[] }>(`/members?workspace_id=${WS}&per_page=1`)).data
  const [project] = (await sandboxApi<{ data: { id: number }[] }>(`/projects?workspace_id=${WS}&per_page=1`)).data
  const [timesheet] = (await sandboxApi<{ data: { id: number }[] }>(`/timesheets?workspace_id=${WS}&per_page=1`)).data
  const pages: [name: string, path: string][] = [
    ['home', ''],
    ['inbox', '/inbox'],
    ['live', '/live'],
    ['live-member', `/live/${member!.id}`],
    ['members', '/members'],
    ['member', `/members/${member!.id}`],
    ['projects', '/projects'],
    ['project', `/projects/${project!.id}`],
    ['contracts', '/contracts'],
    ['project-viewers', '/project-viewers'],
    ['webhooks', '/webhooks'],
    ['timesheets', '/timesheets'],
    ['timesheet', `/timesheets/${timesheet!.id}`],
    ['time-requests', '/time-requests'],
    ['leaves', '/leaves'],
    ['expenses', '/expenses'],
    ['reports-tracked-hours', '/reports/tracked-hours?range=last-week'],
    ['reports-timeline', '/reports/timeline'],
    ['reports-activity-level', '/reports/activity-level?range=last-week'],
    ['reports-tasks', '/reports/tasks?range=last-week'],
    ['reports-attendance', '/reports/attendance'],
  ]
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: 900 })
      for (const [name, path] of pages) {
        await page.goto(`/w/${WS}${path}`)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await page.waitForLoadState('networkidle')
        await page.screenshot({ path: `${dir}/${name}-${scheme}-${width}.png`, fullPage: width > 400 })
      }
    }
})
