import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { test as setup, expect } from '@playwright/test'
import { OWNER_STATE, signInWithWebWork, pointAppAt } from './fixtures'
import { E2E_SANDBOX_PORT } from './ports'

setup('sign in as the demo owner once', async ({ page }) => {
  await pointAppAt(page, E2E_SANDBOX_PORT)
  await page.goto('/')
  await signInWithWebWork(page)
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  const entries = await page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)))
  mkdirSync(dirname(OWNER_STATE), { recursive: true })
  writeFileSync(OWNER_STATE, JSON.stringify(entries))
})
