import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { WS } from './sandbox-api'

// The inbox on a phone (issue 16, item 13): 390 px, a touch screen. The list comes first and an
// item opens as a sheet over it; the selection bar sticks to the bottom; every target is at least
// 44 px; no key hints; outcomes never cover the row being acted on. Screenshots of the inbox at
// 1280 and 390 px, light and dark, go to test-results/inbox-shots/.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

const rows = (page: Page) => page.getByRole('list', { name: 'Pending decisions' }).getByRole('listitem')
async function flagsSettled(page: Page) {
  await expect(rows(page).first()).toBeVisible()
  await expect(page.getByText(/^Flags not known: Checking/)).toHaveCount(0, { timeout: 30_000 })
}
const box = async (locator: Locator) => (await locator.boundingBox())!

test('the list comes first; an item opens as a sheet over it and Back returns focus to its row', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await expect(rows(page).first()).toBeVisible()
  await expect(page.getByRole('region', { name: /·/ })).toHaveCount(0)

  const row = rows(page).nth(2).locator('[data-inbox-row]')
  await row.tap()
  const sheet = page.getByRole('dialog', { name: /^Timesheet of / })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('region', { name: /·/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await sheet.getByRole('button', { name: 'Back to the list' }).tap()
  await expect(sheet).toBeHidden()
  await expect(row).toBeFocused()
  await expectNoAxeViolations(page)
})

test('touch targets are at least 44 px and no key hints show', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await expect(rows(page).first()).toBeVisible()
  await rows(page).first().getByRole('checkbox').check()
  const targets = page.locator('main').locator('button:visible, select:visible, label:visible:has(input[type=checkbox])')
  const small: string[] = []
  for (const target of await targets.all()) {
    const { width, height } = await box(target)
    if (width < 44 || height < 44) small.push(`${(await target.textContent())?.trim() || (await target.getAttribute('aria-label'))}: ${width}×${height}`)
  }
  expect(small).toEqual([])
  await expect(page.locator('kbd:visible')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden()

  await rows(page).first().locator('[data-inbox-row]').tap()
  const sheet = page.getByRole('dialog', { name: /^Timesheet of / })
  for (const name of [/^Approve/, /^Reject/, 'Back to the list']) {
    const { height } = await box(sheet.getByRole('button', { name }))
    expect(height).toBeGreaterThanOrEqual(44)
  }
  await expect(sheet.locator('kbd:visible')).toHaveCount(0)
})

test('the selection bar sticks to the bottom while selecting', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await rows(page).nth(1).getByRole('checkbox').check()
  const bar = page.getByRole('group', { name: 'Selection' })
  await expect(bar).toBeVisible()
  const viewport = page.viewportSize()!
  expect((await box(bar)).y + (await box(bar)).height).toBeGreaterThan(viewport.height - 16)
  await page.mouse.wheel(0, 2000)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  const after = await box(bar)
  expect(after.y + after.height).toBeGreaterThan(viewport.height - 16)
  // The last row can still scroll clear of it.
  const last = await box(rows(page).last())
  expect(last.y + last.height).toBeLessThanOrEqual(after.y + 1)
})

test('an outcome never covers the row being acted on', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/inbox?kind=timesheet`)
  await expect(rows(page).first()).toBeVisible()
  // Walk the cursor (a keyboard on a tablet) down to the bottom of the screen, then approve.
  for (let i = 0; i < 9; i++) await page.keyboard.press('j')
  await page.keyboard.press('a')
  const outcome = page.getByRole('status').getByText(/^Approved: Timesheet of/)
  await expect(outcome).toBeVisible()
  const current = page.locator('li[aria-current="true"]')
  await expect(current).toBeInViewport()
  await expect
    .poll(async () => {
      const row = await box(current)
      const log = await box(outcome)
      return row.y + row.height <= log.y + 0.5 || row.y >= log.y + log.height
    })
    .toBe(true)
})

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/inbox-shots/${name}.png` })

test('screenshots of the inbox on a phone, light and dark', async ({ signedIn: page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(`/w/${WS}/inbox`)
    await flagsSettled(page)
    await rows(page).nth(1).getByRole('checkbox').check()
    await shot(page, `inbox-${scheme}-390`)
    await rows(page).first().locator('[data-inbox-row]').tap()
    await expect(page.getByRole('heading', { name: /^Weekly limit|^Flags|^Also away/ }).first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    await shot(page, `inbox-sheet-${scheme}-390`)
  }
})

test.describe('with a mouse, 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false })

  test('screenshots of the inbox, light and dark', async ({ signedIn: page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(`/w/${WS}/inbox`)
      await flagsSettled(page)
      await rows(page).nth(1).getByRole('checkbox').check()
      await shot(page, `inbox-${scheme}-1280`)
      await page.goto(`/w/${WS}/inbox?kind=time-request`)
      await expect(page.getByText(/tracked on this contract|No weekly limit|No contract named/)).toBeVisible()
      await shot(page, `inbox-time-request-${scheme}-1280`)
      await page.goto(`/w/${WS}/inbox?kind=timesheet`)
      await flagsSettled(page)
      await page.keyboard.press('Shift+X')
      await page.keyboard.press('a')
      await expect(page.getByRole('dialog').getByRole('button', { name: /^Approve only the/ })).toBeFocused()
      await shot(page, `inbox-bulk-${scheme}-1280`)
    }
  })
})
