import { test, type Page } from '@playwright/test'
import { expect, signInWithWebWork, pointAppAt } from './fixtures'
import { E2E_SHORT_TTL_PORT } from './ports'

// This sandbox's access tokens live 65 s; oidc-client-ts renews 60 s before expiry, so the
// refresh-token renewal happens about 5 s after sign-in.
test.beforeEach(async ({ page }) => pointAppAt(page, E2E_SHORT_TTL_PORT))

const accessToken = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))
    return key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : null
  })

test('an expiring access token is renewed without the user noticing', async ({ page }) => {
  await page.goto('/')
  await signInWithWebWork(page)
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  const first = await accessToken(page)
  await expect.poll(() => accessToken(page), { timeout: 20_000 }).not.toBe(first)

  // The old token is dead (rotation); the page keeps working with the new one.
  await page.getByRole('link', { name: 'Members', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: /^40 members$/ })).toBeVisible()
  await expect(page).not.toHaveURL(/sign-in/)
})

test('a token the API refuses is renewed once with the refresh token', async ({ page }) => {
  await page.goto('/')
  await signInWithWebWork(page)
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  // Spoil the stored access token, as if the server had revoked it; keep the refresh token.
  await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!
    const user = JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }
    sessionStorage.setItem(key, JSON.stringify({ ...user, access_token: 'spoiled' }))
  })
  await page.goto('/w/1000/members')
  await expect(page.getByRole('status').filter({ hasText: /^40 members$/ })).toBeVisible()
  expect(await accessToken(page)).not.toBe('spoiled')
})
