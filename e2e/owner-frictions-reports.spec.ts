import { expect, test } from './fixtures'
import { WS } from './sandbox-api'

// What an owner tripped on in the reports (issue 16, items 2 and 9): one-day reports that opened
// on Monday, and a From after To that was swapped without a word.

const pad = (n: number) => String(n).padStart(2, '0')
/** Today on the viewer's calendar, as the app counts it. */
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

for (const report of ['Timeline', 'Attendance']) {
  test(`${report} opens on today from the reports index, whatever range the index carried`, async ({ signedIn: page }) => {
    // The index as reached from a range report showing this week.
    await page.goto(`/w/${WS}/reports?range=this-week`)
    const link = page.getByRole('link', { name: new RegExp(`^${report}`) })
    await expect(link).toBeVisible()
    expect(await link.getAttribute('href')).not.toMatch(/range=/)
    await link.click()
    await expect(page.getByRole('heading', { name: report, level: 1 })).toBeVisible()
    expect(new URL(page.url()).searchParams.get('range')).toBeNull()
    await expect(page.getByLabel('Day', { exact: true })).toHaveValue(today())
    await expect(page.getByLabel('Range', { exact: true })).toHaveValue('today')
  })
}

test('a From after the To is refused with a message, and the report keeps its range', async ({ signedIn: page }) => {
  await page.goto(`/w/${WS}/reports/tracked-hours?range=last-week`)
  const from = page.getByLabel('From', { exact: true })
  const to = page.getByLabel('To', { exact: true })
  await expect(to).not.toHaveValue('')
  const before = page.url()
  const end = await to.inputValue()
  const [y, m, d] = end.split('-').map(Number) as [number, number, number]
  const later = new Date(Date.UTC(y, m - 1, d + 3)).toISOString().slice(0, 10)

  await from.fill(later)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('is after To')
  await expect(from).toHaveAttribute('aria-invalid', 'true')
  expect(page.url()).toBe(before)

  // Moving the To past it makes the pair valid: the report follows and the message goes.
  const laterStill = new Date(Date.UTC(y, m - 1, d + 5)).toISOString().slice(0, 10)
  await to.fill(laterStill)
  await expect(page).toHaveURL(new RegExp(`from=${later}&to=${laterStill}|to=${laterStill}.*from=${later}`))
  await expect(alert).toHaveCount(0)
})
