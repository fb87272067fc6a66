import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { E2E_APP, E2E_RESULTS, E2E_SANDBOX_PORT } from './ports'

export const OWNER_STATE = `${E2E_RESULTS}/.auth/owner.json`

/** The runtime config as an operator would write it, pointed at an e2e sandbox. */
export function configFor(port: number) {
  const origin = `http://127.0.0.1:${port}`
  return {
    apiBaseUrl: `${origin}/api/v2`,
    oauth: {
      authorizeUrl: `${origin}/oauth/authorize`,
      tokenUrl: `${origin}/oauth/token`,
      revokeUrl: `${origin}/oauth/revoke`,
      clientId: 'webwork-dashboard',
      scopes: 'read write',
    },
    rateLimitPerMinute: 60,
  }
}

export async function pointAppAt(page: Page, port: number) {
  await page.route(`${E2E_APP}/config.json`, (route) => route.fulfill({ json: configFor(port) }))
}

/** The PKCE sign-in through the sandbox's own page. */
export async function signInWithWebWork(page: Page, email = 'owner@demo.test') {
  await page.getByRole('button', { name: 'Sign in with WebWork' }).click()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/**
 * Puts a saved session back before the app starts: tokens live in sessionStorage, which
 * Playwright's storageState does not carry.
 */
export async function restoreSession(page: Page, entries: Record<string, string>) {
  await page.addInitScript(
    ({ origin, entries }) => {
      if (location.origin !== origin) return
      for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value)
    },
    { origin: E2E_APP, entries },
  )
}

/**
 * Collects the Content-Security-Policy violations Chromium reports on `page` (the preview and the
 * companion server send the production policy); a spec ends by expecting none.
 */
export function cspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text())
  })
  return violations
}

/** A page already signed in as the owner, with the setup project's tokens; no CSP violation allowed. */
export const test = base.extend<{ signedIn: Page; noCspViolations: void }>({
  noCspViolations: [
    async ({ page }, use) => {
      const violations = cspViolations(page)
      await use()
      expect(violations).toEqual([])
    },
    { auto: true },
  ],
  signedIn: async ({ page }, use) => {
    await pointAppAt(page, E2E_SANDBOX_PORT)
    await restoreSession(page, JSON.parse(readFileSync(OWNER_STATE, 'utf8')) as Record<string, string>)
    await use(page)
  },
})

export { expect }
