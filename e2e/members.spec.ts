import { expect, expectNoAxeViolations, test } from './fixtures'

test('members list follows the filters in the URL, and a member opens', async ({ signedIn: page }) => {
  await page.goto('/w/1000/members?role=Team%20manager&sort=name')
  await expect(page.getByLabel('Role')).toHaveValue('Team manager')
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.nth(1)).toContainText('Team manager')

  await page.getByLabel('Status').selectOption('inactive')
  await expect(page).toHaveURL(/status=inactive/)
  await expect(page).toHaveURL(/role=Team(\+|%20)manager/)
  await expect(page.getByText('No member matches these filters.').or(rows.nth(1).filter({ hasText: 'inactive' }))).toBeVisible()

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^40 members$/ })).toBeVisible()

  await page.getByRole('button', { name: 'Email' }).click()
  await expect(page).toHaveURL(/sort=email/)
  const first = rows.nth(1).getByRole('link')
  const name = (await first.textContent())!
  await first.click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(page.getByText('Time zone')).toBeVisible()
})

test('every page has no axe violations, light and dark', async ({ signedIn: page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const [path, heading] of [
      ['/w/1000', 'Acme Studio'],
      ['/w/1000/members', 'Members'],
      ['/w/1000/members?status=left', 'Members'],
      ['/w/1000/members/1002', 'Ava Owens'],
      ['/w/424242', 'This workspace does not exist'],
      ['/nowhere', 'This page does not exist'],
    ]) {
      await page.goto(path!)
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
      await expectNoAxeViolations(page)
    }
  }
})
