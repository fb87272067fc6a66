import { test, type Request } from '@playwright/test'
import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { expect, signInWithWebWork } from './fixtures'
import { E2E_CONFIDENTIAL_PORT, E2E_SERVER_APP } from './ports'

// The Live board pushed by the companion server (port 8081) in front of the confidential sandbox
// (4014): the server registers a webhook for the workspace when the board opens, the sandbox
// delivers every tracker start and stop to <PUBLIC_URL>/webhooks/webwork, and the board shows
// them from the server's stream without polling for them.

const SANDBOX_API = `http://127.0.0.1:${E2E_CONFIDENTIAL_PORT}/api/v2`
const WS = 1000
/** The board's own polling: the per-member tracker check and the timeline report. */
const POLLING = /\/api\/v2\/(time-tracking\/current-data|reports\/daily-timeline)/

test.use({ baseURL: E2E_SERVER_APP })
test.describe.configure({ mode: 'serial', timeout: 120_000 })

type Row = Record<string, unknown>
async function sandboxApi(path: string, body?: unknown): Promise<{ status: number; data: Row[] & Row }> {
  const response = await fetch(`${SANDBOX_API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${DEMO_OWNER_PAT}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, data: ((await response.json()) as { data: Row[] & Row }).data }
}

/** An active member with an active contract on a project that has tasks, as the demo owner sees them. */
async function subject() {
  const { data: contracts } = await sandboxApi(`/contracts?workspace_id=${WS}&per_page=100`)
  for (const contract of contracts.filter((c) => c.status === 'active')) {
    const { data: member } = await sandboxApi(`/members/${contract.user_id}?workspace_id=${WS}`)
    if (member.status !== 'active' || member.current_role === 'Project viewer') continue
    const { data: tasks } = await sandboxApi(`/tasks?workspace_id=${WS}&project_id=${contract.project_id}`)
    if (tasks.length === 0) continue
    return { userId: Number(member.id), name: `${member.firstname} ${member.lastname}`, contract, task: tasks[0]! }
  }
  throw new Error('no member with a contract on a project with tasks')
}

test('a tracker started through the API shows on the Live board within 2 s with no polling in between; a stop removes it', async ({ page }) => {
  const polls: Request[] = []
  page.on('request', (request) => {
    if (POLLING.test(request.url())) polls.push(request)
  })
  await page.goto(`/w/${WS}/live`)
  await signInWithWebWork(page)
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/live`))
  await expect(page.getByText(/^Live: WebWork sends every start and stop/)).toBeVisible({ timeout: 20_000 })

  // The board's first full read is over once its polling falls quiet (then once a minute at most).
  let seen = -1
  await expect
    .poll(
      async () => {
        const quiet = polls.length === seen
        seen = polls.length
        return quiet
      },
      { intervals: [3_000], timeout: 60_000 },
    )
    .toBe(true)

  const who = await subject()
  // Stopped first if the simulated day has them tracking (the API's stop wins over the simulation).
  await sandboxApi('/time-tracking/stop', { workspace_id: WS, user_id: who.userId })
  const row = page.getByTestId(`live-row-${who.userId}`)
  await expect(row).toHaveCount(0)

  const before = polls.length
  const started = await sandboxApi('/time-tracking/start', { workspace_id: WS, user_id: who.userId, contract_id: who.contract.id, task_id: who.task.id })
  expect(started.status).toBe(200)
  await expect(row).toBeVisible({ timeout: 2_000 })
  await expect(row).toContainText(who.name)
  await expect(row).toContainText(String(who.contract.project_name))
  await expect(row).toContainText(String(who.task.title))
  // Since start: seconds, not a guess from a later reading.
  await expect(row).toContainText(/0:00:\d\d/)
  expect(polls.slice(before).map((r) => r.url())).toEqual([])

  expect((await sandboxApi('/time-tracking/stop', { workspace_id: WS, user_id: who.userId })).status).toBe(200)
  await expect(row).toHaveCount(0, { timeout: 2_000 })
  expect(polls.slice(before).map((r) => r.url())).toEqual([])
})

test('a delivery with a forged signature is refused', async ({ request }) => {
  const body = JSON.stringify({
    id: 'forged-1',
    event: 'tracker.started',
    workspace_id: WS,
    created_at: new Date().toISOString(),
    data: { user_id: 1001, started_at: new Date().toISOString() },
  })
  const signedAt = Math.floor(Date.now() / 1000)
  const forged = await request.post(`${E2E_SERVER_APP}/webhooks/webwork`, {
    headers: { 'content-type': 'application/json', 'X-WebWork-Signature': `t=${signedAt},v1=${'0'.repeat(64)}` },
    data: body,
  })
  expect(forged.status()).toBe(401)
  expect(await forged.json()).toMatchObject({ received: false })
})
