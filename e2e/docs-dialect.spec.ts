import { test as base, type Page } from '@playwright/test'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { cspViolations, expect, pointAppAt, restoreSession, signInWithWebWork } from './fixtures'
import { E2E_APP, E2E_DOCS_PORT } from './ports'

// The dashboard against a sandbox that answers exactly as the vendor's docs do (`--dialect docs`):
// members without rate fields, timesheets with `member` as a name and `open` status, lists without
// pagination, `{ success, message }` write answers, 404 on every path the docs lack. The app is
// only pointed there by its config.json, as an operator would point it at the real API.

const DOCS_API = `http://127.0.0.1:${E2E_DOCS_PORT}/api/v2`
const WS = 1000

type Row = Record<string, unknown> & { id: string | number }
async function docsApi<T = { data: Row[] }>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${DOCS_API}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${DEMO_OWNER_PAT}`, 'content-type': 'application/json', ...init.headers },
  })
  return (await response.json()) as T
}

/** Words of the error screens: none may show on a page against the docs' payloads. */
const BROKEN = /does not understand|Something went wrong|WebWork had a problem|Not found/

let session: Record<string, string> = {}

const test = base.extend<{ docs: Page }>({
  docs: async ({ page }, use) => {
    await pointAppAt(page, E2E_DOCS_PORT)
    await restoreSession(page, session)
    const violations = cspViolations(page)
    await use(page)
    expect(violations).toEqual([])
  },
})

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: E2E_APP })
  await pointAppAt(page, E2E_DOCS_PORT)
  await page.goto('/')
  await signInWithWebWork(page)
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  session = await page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)))
  await page.close()
})

test('every page renders its data from the docs’ payloads', async ({ docs: page }) => {
  const members = (await docsApi(`/members?workspace_id=${WS}&per_page=100`)).data
  const nameOf = (id: unknown) => {
    const m = members.find((m) => m.id === id)!
    return `${m.firstname} ${m.lastname}`
  }
  const [member] = members
  const [project] = (await docsApi(`/projects?workspace_id=${WS}&per_page=1`)).data
  const [timesheet] = (await docsApi(`/timesheets?workspace_id=${WS}&per_page=1`)).data
  const [contract] = (await docsApi(`/contracts?workspace_id=${WS}&per_page=1`)).data
  const [viewer] = (await docsApi(`/project-viewers?workspace_id=${WS}&per_page=1`)).data
  const [leave] = (await docsApi(`/leaves?workspace_id=${WS}&status=pending&per_page=1`)).data
  const text = (value: unknown) => new RegExp(String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pages: [path: string, shows: RegExp][] = [
    ['', /Acme Studio/],
    // Leaves carry only a user_id: the name comes from the member list.
    [`/inbox?kind=leave`, text(nameOf(leave!.user_id))],
    ['/live', /Tracking now/],
    [`/live/${member!.id}`, text(nameOf(member!.id))],
    ['/members', /owner@demo\.test/],
    [`/members/${member!.id}`, text(member!.email)],
    ['/projects', text(project!.name)],
    [`/projects/${project!.id}`, text(project!.name)],
    ['/contracts', text(contract!.project_name)],
    ['/project-viewers', text(viewer!.email)],
    ['/webhooks', /Webhooks/],
    ['/timesheets', /Not submitted|Submitted|Approved|Rejected/],
    [`/timesheets/${encodeURIComponent(String(timesheet!.id))}`, text(timesheet!.member)],
    ['/time-requests', /\d+\+? requests/],
    ['/leaves', /\d+\+? requests/],
    ['/expenses', /\d+\+? expenses/],
    ['/reports/tracked-hours?range=last-week', /Total/],
    ['/reports/timeline', /.+/],
    ['/reports/activity-level?range=last-week', /.+/],
    ['/reports/tasks?range=last-week', /.+/],
    ['/reports/attendance', /.+/],
  ]
  for (const [path, shows] of pages) {
    await page.goto(`/w/${WS}${path}`)
    const main = page.getByRole('main')
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible()
    await expect(main, path).toContainText(shows, { timeout: 15_000 })
    await page.waitForLoadState('networkidle')
    await expect(main, path).not.toContainText(BROKEN)
  }
})

test('approve a timesheet and reject a time request: both say so and are applied', async ({ docs: page }) => {
  const [sheet] = (await docsApi(`/timesheets?workspace_id=${WS}&status=submitted&per_page=1`)).data
  await page.goto(`/w/${WS}/inbox?item=timesheet:${sheet!.id}`)
  await page.getByRole('button', { name: /^Approve/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Approved: Timesheet of/ })).toBeVisible()
  await expect.poll(async () => (await docsApi(`/timesheets?workspace_id=${WS}&id=${sheet!.id}`)).data[0]?.status).toBe('approved')

  const range = 'date_from=2025-01-01&date_to=2027-12-31'
  const [request] = (await docsApi(`/time-requests?workspace_id=${WS}&status=pending&${range}&per_page=1`)).data
  await page.goto(`/w/${WS}/inbox?item=time-request:${request!.id}`)
  await page.getByRole('button', { name: /^Reject/ }).click()
  await page.getByLabel(/Reason|Comment/).fill('Please split by project')
  await page.getByRole('button', { name: 'Reject', exact: true }).click()
  // The page walk above spent most of the minute's budget: the decision may wait its turn.
  await expect(page.getByRole('status').filter({ hasText: /^Rejected: / })).toBeVisible({ timeout: 60_000 })
  await expect.poll(async () => (await docsApi<{ data: Row }>(`/time-requests/${request!.id}?workspace_id=${WS}`)).data.status).toBe('rejected')
})

test('a leave decision the API lacks leaves the leave visible, read-only, with the plain line', async ({ docs: page }) => {
  // The kind opens on its first item, with its context.
  await page.goto(`/w/${WS}/inbox?kind=leave`)
  const items = page.getByRole('list', { name: 'Pending decisions' }).getByRole('listitem')
  await expect(items.first()).toBeVisible()
  const before = await items.count()
  await page.getByRole('button', { name: /^Approve/ }).click()
  await expect(page.getByText("WebWork's API does not offer this; do it in WebWork.").first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^Approve/ })).toHaveCount(0)
  await expect(items).toHaveCount(before)
})

test('clock a member in and out', async ({ docs: page }) => {
  const members = (await docsApi(`/members?workspace_id=${WS}&status=active&per_page=100`)).data
  const withContract = new Set((await docsApi(`/contracts?workspace_id=${WS}&per_page=100`)).data.map((c) => c.user_id))
  let target: Row | undefined
  for (const m of members.filter((m) => withContract.has(m.id) && m.current_role === 'Regular User').reverse()) {
    const current = await docsApi<{ data: unknown }>(`/time-tracking/current-data?workspace_id=${WS}&user_id=${m.id}`)
    if (current.data === null) {
      target = m
      break
    }
  }
  expect(target, 'a member with a contract who is not tracking').toBeDefined()
  const who = `${target!.firstname} ${target!.lastname}`
  await page.goto(`/w/${WS}/live`)
  await page.getByText(/^Not started/).click()
  await page.getByRole('button', { name: `Clock in ${who}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Clock in ${who}` })
  await dialog.getByLabel('Activity description').fill('Docs dialect check')
  await dialog.getByRole('button', { name: 'Clock in', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: `Clocked in ${who}.` })).toBeVisible()
  const row = page.getByRole('region', { name: 'Tracking now' }).getByRole('row').filter({ hasText: who })
  await expect(row).toContainText('Docs dialect check')

  await row.getByRole('button', { name: `Clock out ${who}` }).click()
  await expect(row).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: `Clocked out ${who}.` })).toBeVisible()
  await expect.poll(async () => (await docsApi<{ data: unknown }>(`/time-tracking/current-data?workspace_id=${WS}&user_id=${target!.id}`)).data).toBeNull()
})

test('add, edit and delete an expense', async ({ docs: page }) => {
  const name = `Docs taxi ${Date.now()}`
  const day = new Date().toISOString().slice(0, 10)
  const expenses = async () => (await docsApi(`/expenses?workspace_id=${WS}&date_from=${day}&date_to=${day}&per_page=100`)).data
  await page.goto(`/w/${WS}/expenses?date_from=${day}&date_to=${day}`)
  await page.getByRole('button', { name: 'New expense' }).click()
  const dialog = page.getByRole('dialog', { name: 'New expense' })
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel(/^Amount/).fill('23.45')
  await dialog.getByLabel('Date').fill(day)
  await dialog.getByLabel('Category').selectOption({ index: 1 })
  await dialog.getByRole('button', { name: 'Add expense' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('23.45')
  await expect.poll(async () => (await expenses()).find((e) => e.expense_name === name)?.amount).toBe(23.45)

  await row.getByRole('button', { name: `Edit ${name}` }).click()
  const edit = page.getByRole('dialog', { name: 'Edit expense' })
  await edit.getByLabel(/^Amount/).fill('30')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()
  await expect(row).toContainText('30.00')
  await expect.poll(async () => (await expenses()).find((e) => e.expense_name === name)?.amount).toBe(30)

  await row.getByRole('button', { name: `Delete ${name}` }).click()
  await page.getByRole('dialog', { name: 'Delete this expense?' }).getByRole('button', { name: 'Delete expense' }).click()
  await expect(row).toHaveCount(0)
  await expect.poll(async () => (await expenses()).some((e) => e.expense_name === name)).toBe(false)
})

test('a report draws its chart from the docs’ payload', async ({ docs: page }) => {
  await page.goto(`/w/${WS}/reports/tracked-hours?range=last-week`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('table').first()).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText(BROKEN)
})

test('a really broken answer names the field instead of a blank page', async ({ docs: page }) => {
  await page.route(`${DOCS_API}/members?**`, async (route) => {
    const real = (await (await route.fetch()).json()) as { data: Row[] }
    await route.fulfill({ json: { ...real, data: real.data.map((m, i) => (i === 2 ? { ...m, id: 'three' } : m)) } })
  })
  await page.goto(`/w/${WS}/members`)
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { name: 'WebWork sent an answer this dashboard does not understand' })).toBeVisible()
  await expect(alert).toContainText('data[2].id: must be a number, got the text "three"')
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
})
