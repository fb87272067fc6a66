import { expect, expectNoAxeViolations, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })

test('on a narrow screen the navigation opens as a sheet and closes on a link or Escape', async ({ signedIn: page }) => {
  await page.goto('/w/1000')
  await expect(page.getByRole('heading', { name: 'Acme Studio' })).toBeVisible()
  // The sidebar is folded away: no page link takes room above the content.
  await expect(page.getByRole('link', { name: 'Members', exact: true })).toBeHidden()

  const open = page.getByRole('button', { name: 'Open navigation' })
  await open.click()
  const sheet = page.getByRole('dialog', { name: 'Navigation' })
  await expect(sheet.getByRole('link', { name: 'Webhooks' })).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoAxeViolations(page)
  }

  await sheet.getByRole('link', { name: 'Members', exact: true }).click()
  await expect(page).toHaveURL(/\/w\/1000\/members$/)
  await expect(sheet).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible()

  await open.click()
  await expect(sheet).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(open).toBeFocused()
})
