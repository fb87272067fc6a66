import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { sandboxApi, WS } from './sandbox-api'

// One change, every page that counts it: a manual entry added on a member's day moves the
// member's Live row and the tracked-hours report of that day, in the same session, without a
// reload (issue 13: what each change touches, in one place).

type Member = { id: number; firstname: string; lastname: string; timezone?: string; current_role?: string; status?: string }

const minutesOf = (text: string) => {
  const match = /(?:(\d+)h )?(\d+)m/.exec(text)
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : 0
}
const reportTotal = async (page: Page) => {
  const total = page.getByRole('region', { name: 'Totals by project' }).getByRole('row').last()
  await expect(total).toBeVisible()
  return minutesOf((await total.textContent()) ?? '')
}

test('a manual entry moves the member’s Live row and the day’s report without a reload', async ({ signedIn: page }) => {
  const contracts = await sandboxApi(`/contracts?workspace_id=${WS}&status=active&per_page=100`)
  const withContract = new Set(contracts.data.map((c) => Number(c.user_id)))
  const members = (await sandboxApi<{ data: Member[] }>(`/members?workspace_id=${WS}&per_page=100`)).data
  // A member who already tracked today (so the report has a row) but nothing before 00:31 on their
  // own clock, which is past 01:00: the half hour added below (00:01–00:31) overlaps nothing and is
  // not in the future.
  const candidates = members.filter((m) => m.status === 'active' && m.current_role === 'Regular User' && withContract.has(m.id))
  let member: Member | undefined
  let day = ''
  for (const m of candidates) {
    const zone = m.timezone ?? 'UTC'
    const clock = (instant: string | number | Date) =>
      new Date(instant).toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    const date = new Date().toLocaleDateString('en-CA', { timeZone: zone })
    const entries = await sandboxApi<{ data: { start_time: string }[] }>(`/time-entries?workspace_id=${WS}&user_id=${m.id}&date=${date}`)
    if (clock(Date.now()) >= '01:00' && entries.data.length > 0 && entries.data.every((e) => clock(e.start_time) >= '00:31')) {
      member = m
      day = date
      break
    }
  }
  test.skip(!member, 'no member with time today, none of it before 00:31, whose clock is past 01:00')
  const name = `${member!.firstname} ${member!.lastname}`

  await page.goto(`/w/${WS}/reports/tracked-hours?range=custom&from=${day}&to=${day}&member=${member!.id}&view=table`)
  await expect(page.getByRole('heading', { name: 'Tracked hours', level: 1 })).toBeVisible()
  const before = await reportTotal(page)

  // A mark on the window that a reload would wipe.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))
  await page.getByRole('link', { name: 'Live', exact: true }).click()
  await page.getByRole('link', { name }).first().click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Add time' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add manual time' })
  await dialog.getByLabel('Start').fill('00:01')
  await dialog.getByLabel('End').fill('00:31')
  await dialog.getByLabel('Notes').fill('E2E change map')
  await dialog.getByRole('button', { name: 'Add time' }).click()
  await expect(page.getByRole('region', { name: 'Time entries' }).getByRole('row').filter({ hasText: 'E2E change map' })).toBeVisible()

  // Back on the board: the member's row has the new total for today, as the API counts it.
  await page.goBack()
  const timeline = await sandboxApi<{ data: { users: { user_id: number; total_minutes?: number }[] } }>(
    `/reports/daily-timeline?workspace_id=${WS}&date=${day}&user_ids=${member!.id}`,
  )
  const today = timeline.data.users.find((u) => u.user_id === member!.id)?.total_minutes ?? 0
  const row = page
    .getByRole('row')
    .filter({ hasText: name })
    .or(page.getByRole('listitem').filter({ hasText: name }))
    .first()
  await expect(row).toContainText(formatMinutes(today))

  // Back on the report: the day's total includes the half hour.
  await page.goBack()
  await expect.poll(() => reportTotal(page)).toBe(before + 30)
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
})

function formatMinutes(minutes: number) {
  const hours = Math.floor(minutes / 60)
  return hours === 0 ? `${minutes % 60}m` : `${hours}h ${String(minutes % 60).padStart(2, '0')}m`
}
