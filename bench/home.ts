import type { Browser } from '@playwright/test'
import { configFor } from '../e2e/fixtures'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { startSandbox } from '../sandbox/server'

// Home on a cold load of the `demo` workspace (the target is set for it): the API requests and the
// time from navigation until every card shows its data, and the requests once the page is idle
// (the sidebar's counts come from the queues Home read). A sandbox and a browser context of its
// own, so that the run starts with the user's whole minute.

const CARDS = 6

export async function homeBench(browser: Browser, app: string, dataDir: string) {
  const sandbox = await startSandbox({ port: 0, profile: 'demo', dataDir, persist: false, reset: true })
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.route(`${app}/config.json`, (route) => route.fulfill({ json: configFor(Number(new URL(sandbox.origin).port)) }))
    await page.goto(`${app}/`)
    await page.getByText('Use a personal access token').click()
    await page.getByLabel('Personal access token').fill(DEMO_OWNER_PAT)
    await page.getByRole('button', { name: 'Sign in with token' }).click()
    await page.waitForURL(/\/w\/\d+/)
    const workspaceId = /\/w\/(\d+)/.exec(page.url())![1]
    await page.waitForLoadState('networkidle')

    const requests: string[] = []
    page.on('request', (request) => {
      if (request.url().startsWith(`${sandbox.origin}/api/`) && request.method() !== 'OPTIONS') requests.push(request.url())
    })
    const started = performance.now()
    await page.goto(`${app}/w/${workspaceId}`)
    await page.waitForFunction((cards) => document.querySelectorAll('section[aria-labelledby^="home-"][aria-busy="false"]').length === cards, CARDS, {
      timeout: 60_000,
    })
    const seconds = (performance.now() - started) / 1000
    const untilShown = requests.length
    await page.waitForLoadState('networkidle')
    return { requests: untilShown, seconds, onceIdle: requests.length }
  } finally {
    await context.close()
    await sandbox.close()
  }
}
