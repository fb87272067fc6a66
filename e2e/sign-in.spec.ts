import { test as base } from '@playwright/test'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { expect, expectNoAxeViolations, signInWithWebWork, pointAppAt } from './fixtures'
import { E2E_SANDBOX_PORT } from './ports'

const test = base
test.beforeEach(async ({ page }) => pointAppAt(page, E2E_SANDBOX_PORT))

test('PKCE sign-in returns to the page asked for, and sign-out ends the session', async ({ page }) => {
  // The OAuth library is its own chunk, fetched only once the user reaches for the button.
  const oauthChunks: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/oidc-manager-[\w-]+\.js$/.test(request.url())) oauthChunks.push(request.url())
  })
  await page.goto('/w/1000/members?status=inactive')
  await expect(page).toHaveURL(/\/sign-in\?redirect=/)
  await page.waitForLoadState('networkidle')
  expect(oauthChunks).toEqual([])
  await expectNoAxeViolations(page)

  await signInWithWebWork(page)
  expect(oauthChunks.length).toBeGreaterThan(0)
  await expect(page).toHaveURL(/\/w\/1000\/members\?status=inactive$/)
  await expect(page.getByRole('status').filter({ hasText: 'match the filters' })).toBeVisible()
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!
    return (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token
  })

  await page.getByRole('button', { name: 'Account menu' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in$/)
  // The token was revoked at the server, not only forgotten by the tab.
  const status = await page.request
    .get(`http://127.0.0.1:${E2E_SANDBOX_PORT}/api/v2/workspaces`, { headers: { Authorization: `Bearer ${token}` } })
    .then((r) => r.status())
  expect(status).toBe(401)
  await page.goto('/w/1000')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('a personal access token signs in for this tab only', async ({ page }) => {
  await page.goto('/')
  await page.getByText('Use a personal access token').click()
  await expect(page.getByText(/valid for six months/)).toBeVisible()
  await page.getByLabel('Personal access token').fill('wwpat_wrong')
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  await expect(page.getByRole('alert')).toContainText('did not accept this token')

  await page.getByLabel('Personal access token').fill(DEMO_OWNER_PAT)
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(DEMO_OWNER_PAT)
  expect(page.url()).not.toContain(DEMO_OWNER_PAT)
})

test('a role that may not use the API is told so plainly', async ({ page }) => {
  await page.goto('/')
  await signInWithWebWork(page, 'member@demo.test')
  await expect(page.getByRole('heading', { name: 'Your role may not see this' })).toBeVisible()
  await expect(page.getByText(/Only workspace Owners and Executive managers/)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('after sign-out, a made-up token is checked afresh and refused: nothing of the last session shows', async ({ page }) => {
  await page.goto('/')
  await page.getByText('Use a personal access token').click()
  await page.getByLabel('Personal access token').fill(DEMO_OWNER_PAT)
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  await page.getByRole('button', { name: 'Account menu' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in$/)

  const checks: string[] = []
  page.on('request', (request) => {
    if (/\/api\/v2\/workspaces/.test(request.url()) && request.method() === 'GET') checks.push(request.headers().authorization ?? '')
  })
  await page.getByText('Use a personal access token').click()
  await page.getByLabel('Personal access token').fill('wwpat_made_up_after_sign_out')
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  await expect(page.getByRole('alert')).toContainText('did not accept this token')
  expect(checks).toContain('Bearer wwpat_made_up_after_sign_out')
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toHaveCount(0)
})

test('the app and the sandbox sign-in page are served with a strict policy and cannot be framed', async ({ page }) => {
  const response = await page.goto('/')
  const policy = response!.headers()['content-security-policy']!
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
  expect(response!.headers()['x-frame-options']).toBe('DENY')

  await page.getByRole('button', { name: 'Sign in with WebWork' }).click()
  await expect(page.getByLabel('Password')).toBeVisible()
  const signInPage = await page.request.get(page.url())
  expect(signInPage.headers()['content-security-policy']).toMatch(/^default-src 'none'; .*frame-ancestors 'none'/)
})
