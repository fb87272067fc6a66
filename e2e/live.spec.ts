import { expect, expectNoAxeViolations, test } from './fixtures'
import { API, sandboxApi as api, WS } from './sandbox-api'

// The Live board against the e2e sandbox, whose live simulation runs on the real clock: what is
// tracked changes through the day, so each test asks the sandbox what is true now and checks the
// board against it.

type Member = { id: number; firstname: string; lastname: string; status: string; current_role: string }
type Current = { data: { user_id: number; total_minutes: number; activity_description: string | null } | null }

const activeMembers = async () =>
  ((await api(`/members?workspace_id=${WS}&status=active&per_page=100`)).data as unknown as Member[]).filter((m) => m.current_role !== 'Project viewer')
const current = async (userId: number) => (await api<Current>(`/time-tracking/current-data?workspace_id=${WS}&user_id=${userId}`)).data
const activeContractUsers = async () =>
  new Set(((await api(`/contracts?workspace_id=${WS}&status=active&per_page=100`)).data as { user_id: number }[]).map((c) => c.user_id))
const name = (m: Member) => `${m.firstname} ${m.lastname}`

/** Members current-data shows tracking right now. */
async function trackingNow(members: Member[]) {
  const readings = await Promise.all(members.map(async (m) => ({ m, data: await current(m.id) })))
  return readings.filter((r) => r.data !== null).map((r) => r.m)
}

test.describe.configure({ timeout: 180_000 })

test('the board shows the members the sandbox says are tracking', async ({ signedIn: page }) => {
  const members = await activeMembers()
  const tracking = await trackingNow(members)
  await page.goto(`/w/${WS}/live`)
  await expect(page.getByRole('heading', { name: 'Live', level: 1 })).toBeVisible()
  const table = page.getByRole('region', { name: 'Tracking now' })
  // The scheduler checks everyone within its budget share (about 30 a minute here).
  for (const m of tracking.slice(0, 5)) {
    const stillTracking = (await current(m.id)) !== null
    if (!stillTracking) continue
    await expect(table.getByRole('link', { name: name(m), exact: true })).toBeVisible({ timeout: 120_000 })
  }
  // Each row says how fresh it is.
  if (tracking.length) await expect(table.getByText(/updated (just now|\d+ s ago)/).first()).toBeVisible()
})

test('clock a member in and out, and see it on the board and in the sandbox', async ({ signedIn: page }) => {
  const withContract = await activeContractUsers()
  const candidates = (await activeMembers()).filter((m) => withContract.has(m.id) && m.current_role !== 'Owner')
  let target: Member | undefined
  for (const m of candidates.reverse()) {
    if ((await current(m.id)) === null) {
      target = m
      break
    }
  }
  expect(target, 'a member with a contract who is not tracking').toBeDefined()
  const who = name(target!)

  await page.goto(`/w/${WS}/live`)
  await page.getByText(/^Not started/).click()
  await page.getByRole('button', { name: `Clock in ${who}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Clock in ${who}` })
  await dialog.getByLabel('Activity description').fill('E2E live check')
  await dialog.getByRole('button', { name: 'Clock in', exact: true }).click()
  await expect(dialog).toBeHidden()

  const row = page.getByRole('region', { name: 'Tracking now' }).getByRole('row').filter({ hasText: who })
  await expect(row).toContainText('E2E live check')
  await expect(row).toContainText(/0:00:0\d|0:00:1\d/)
  await expect.poll(async () => (await current(target!.id))?.activity_description).toBe('E2E live check')

  await row.getByRole('button', { name: `Clock out ${who}` }).click()
  await expect(row).toHaveCount(0)
  await expect.poll(async () => current(target!.id)).toBeNull()
})

test('a refused clock-in is said plainly', async ({ signedIn: page }) => {
  const withContract = await activeContractUsers()
  const members = (await activeMembers()).filter((m) => withContract.has(m.id) && m.current_role !== 'Owner')
  let target: Member | undefined
  for (const m of members) if (!target && (await current(m.id)) === null) target = m
  await page.goto(`/w/${WS}/live`)
  await page.getByText(/^Not started/).click()
  // Open the dialog first, then start the tracker elsewhere (another manager, a script).
  await page.getByRole('button', { name: `Clock in ${name(target!)}`, exact: true }).click()
  await api('/time-tracking/start', { method: 'POST', body: JSON.stringify({ workspace_id: WS, user_id: target!.id }) })
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Clock in', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The user is already tracking time. Stop the current tracker before starting a new one.')
  await api('/time-tracking/stop', { method: 'POST', body: JSON.stringify({ workspace_id: WS, user_id: target!.id }) })
})

test('a tracker running over 10 hours is flagged', async ({ signedIn: page }) => {
  // The simulation leaves a long-runner only at some hours of the day; to be sure of one, a
  // member's current-data answers as for a tracker 11 hours in (only that answer is replaced).
  const members = await activeMembers()
  const target = members.find((m) => m.current_role === 'Regular User')!
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10))
  await page.route(new RegExp(`${API}/time-tracking/current-data\\?.*user_id=${target.id}(&|$)`), async (route) => {
    const real = (await (await route.fetch()).json()) as { meta: unknown; data: { date: string; total_minutes: number } | null }
    const timeline = await api<{ data: { users: { total_minutes: number }[] } }>(
      `/reports/daily-timeline?workspace_id=${WS}&date=${real.data?.date ?? today}&user_ids=${target.id}`,
    )
    const finished = timeline.data.users[0]?.total_minutes ?? 0
    await route.fulfill({
      json: {
        success: true,
        message: 'Current tracker data retrieved successfully',
        meta: real.meta,
        data: {
          contract_id: null,
          user_id: target.id,
          activity_description: 'Forgot to stop',
          task_id: null,
          task_title: null,
          total_seconds: 0,
          total_minutes: finished + 11 * 60,
          date: real.data?.date ?? today,
        },
      },
    })
  })
  await page.goto(`/w/${WS}/live`)
  const row = page
    .getByRole('region', { name: 'Tracking now' })
    .getByRole('row')
    .filter({ hasText: name(target) })
  await expect(row).toContainText('Running over 10 h', { timeout: 120_000 })
})

test("the board and a member's day have no axe violations, light and dark", async ({ signedIn: page }) => {
  const [member] = await activeMembers()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(`/w/${WS}/live`)
    await expect(page.getByRole('heading', { name: 'Live', level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto(`/w/${WS}/live/${member!.id}`)
    await expect(page.getByRole('heading', { name: name(member!), level: 1 })).toBeVisible()
    await expect(page.getByText(/Loading entries/)).toHaveCount(0)
    await expectNoAxeViolations(page)
  }
})

test("a member's day: add, edit and delete manual time", async ({ signedIn: page }) => {
  const withContract = await activeContractUsers()
  const member = (await activeMembers()).find((m) => withContract.has(m.id) && m.current_role === 'Regular User')!
  const date = '2026-01-02' // a past day far from the seeded weeks: no overlap, no weekly limit reached
  await page.goto(`/w/${WS}/live/${member.id}?date=${date}`)
  await page.getByRole('button', { name: 'Add time' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add manual time' })
  await dialog.getByLabel('Start').fill('09:00')
  await dialog.getByLabel('End').fill('10:30')
  await dialog.getByLabel('Notes').fill('E2E manual')
  await dialog.getByRole('button', { name: 'Add time' }).click()
  const table = page.getByRole('region', { name: 'Time entries' })
  await expect(table.getByRole('row').filter({ hasText: 'E2E manual' })).toContainText('1h 30m')

  await table.getByRole('button', { name: 'Edit entry 09:00' }).click()
  await page.getByRole('dialog', { name: 'Edit manual time' }).getByLabel('End').fill('11:00')
  await page.getByRole('dialog', { name: 'Edit manual time' }).getByRole('button', { name: 'Save' }).click()
  await expect(table.getByRole('row').filter({ hasText: 'E2E manual' })).toContainText('2h 00m')
  const listed = await api(`/time-entries?workspace_id=${WS}&user_id=${member.id}&date=${date}`)
  expect(listed.data.some((e) => e.activity_description === 'E2E manual' && e.duration_minutes === 120)).toBe(true)

  await table.getByRole('button', { name: 'Delete entry 09:00' }).click()
  await expect(page.getByText('No time on this day.')).toBeVisible()
})
