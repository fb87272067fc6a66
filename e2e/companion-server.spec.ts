import { test, type Page } from '@playwright/test'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { cspViolations, expect, pointAppAt, signInWithWebWork } from './fixtures'
import { E2E_APP, E2E_CONFIDENTIAL_PORT, E2E_SERVER_APP } from './ports'

// The dashboard through the companion server, in front of a sandbox in confidential mode (a client
// secret at the token endpoint, no CORS): the server signs in and keeps the tokens; the browser
// holds one session cookie and never sees a token.

const SANDBOX_API = `http://127.0.0.1:${E2E_CONFIDENTIAL_PORT}/api/v2`
const WS = 1000
const TOKEN_WORDS = /access_token|refresh_token|Bearer /

test.use({ baseURL: E2E_SERVER_APP })
test.describe.configure({ mode: 'serial', timeout: 120_000 })

const sandboxApi = async <T = { data: Record<string, unknown>[] }>(path: string): Promise<T> =>
  (await (await fetch(`${SANDBOX_API}${path}`, { headers: { authorization: `Bearer ${DEMO_OWNER_PAT}` } })).json()) as T

/** Everything the browser could read: storage, and each answer's headers and body. */
async function watchForTokens(page: Page) {
  const csp = cspViolations(page)
  const leaks: string[] = []
  const apiAuthHeaders: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(`${E2E_SERVER_APP}/api/v2/`) && request.headers().authorization) apiAuthHeaders.push(request.url())
  })
  page.on('response', async (response) => {
    // The answers of the server's own endpoints (the app's bundles name token fields in code).
    if (!/^\/(api|auth)\/|^\/config\.json/.test(new URL(response.url()).pathname)) return
    const headers = JSON.stringify(await response.allHeaders())
    const body = await response.text().catch(() => '')
    if (TOKEN_WORDS.test(headers) || TOKEN_WORDS.test(body)) leaks.push(response.url())
  })
  const storage = () => page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))
  return { leaks, apiAuthHeaders, storage, csp }
}

test('sign in through the server, see the members, approve a timesheet, sign out: no token in the browser', async ({ page }) => {
  const watch = await watchForTokens(page)
  await page.goto('/w/1000/members')
  await expect(page).toHaveURL(/\/sign-in/)
  // One way in: the personal-token form is for the static mode only.
  await expect(page.getByRole('button', { name: 'Sign in with WebWork' })).toBeVisible()
  await expect(page.getByText('Use a personal access token')).toHaveCount(0)

  await signInWithWebWork(page)
  await expect(page).toHaveURL(/\/w\/1000\/members$/)
  await expect(page.getByRole('main')).toContainText('owner@demo.test')
  const cookies = await page.context().cookies()
  expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['ww_session', true, 'Lax']])

  const [sheet] = (await sandboxApi(`/timesheets?workspace_id=${WS}&status=submitted&per_page=1`)).data
  await page.goto(`/w/${WS}/inbox?item=timesheet:${sheet!.id}`)
  await page.getByRole('button', { name: /^Approve/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Approved: Timesheet of/ })).toBeVisible()
  await expect.poll(async () => (await sandboxApi(`/timesheets?workspace_id=${WS}&id=${sheet!.id}`)).data[0]?.status).toBe('approved')

  expect(await watch.storage()).not.toMatch(TOKEN_WORDS)
  expect(watch.apiAuthHeaders).toEqual([])
  expect(watch.leaks).toEqual([])
  expect(watch.csp).toEqual([])

  await page.getByRole('button', { name: 'Account menu' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  expect((await page.request.get('/auth/session')).status()).toBe(401)
  expect((await page.request.get(`/api/v2/workspaces`)).status()).toBe(401)
})

test('a cross-site write is refused, and two tabs share one budget', async ({ page, context }) => {
  await page.goto('/')
  await signInWithWebWork(page)
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()

  const forged = await page.request.post(`/api/v2/time-tracking/stop`, {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: { workspace_id: WS, user_id: 1001 },
  })
  expect(forged.status()).toBe(403)

  // Each tab reads what is left of the one per-user budget: the second sees the first's spend.
  const remaining = (tab: Page) =>
    tab.evaluate(async () => Number((await fetch('/api/v2/workspaces', { headers: { 'X-Request-Priority': 'page' } })).headers.get('X-RateLimit-Remaining')))
  const other = await context.newPage()
  await other.goto('/')
  const first = await remaining(page)
  const second = await remaining(other)
  const third = await remaining(page)
  expect(second).toBeLessThan(first)
  expect(third).toBeLessThan(second)
})

test('the static dashboard says plainly that this WebWork server needs the companion server', async ({ page }) => {
  await pointAppAt(page, E2E_CONFIDENTIAL_PORT)
  await page.goto(`${E2E_APP}/`)
  await signInWithWebWork(page)
  await expect(page.getByText(/does not accept sign-in from a browser alone/)).toBeVisible()
  await expect(page.getByText(/npm run start:server/)).toBeVisible()
})
