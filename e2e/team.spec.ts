import { createHmac } from 'node:crypto'
import { startWebhookReceiver } from '../sandbox/testing/webhook-receiver'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { sandboxApi, WS } from './sandbox-api'

// Team set-up end to end: each step is done in the dashboard, then checked through the sandbox API.

type Row = Record<string, unknown>
type ApiMember = {
  id: number
  email: string
  firstname: string
  lastname: string
  current_role: string
  status: string
  timezone: string | null
}
const list = async <T = Row>(path: string) => (await sandboxApi<{ data: T[] }>(path)).data

/** Today and the time on the member's clock, as the time-entries API reads them. */
function memberClock(timezone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  )
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
  }
}

/** An active Regular User whose own day is today in UTC too (so their time falls in this week) and has begun. */
async function pickWorker() {
  const members = await list<ApiMember>(`/members?workspace_id=${WS}&status=active&role=Regular%20User&per_page=100`)
  const today = new Date().toISOString().slice(0, 10)
  return members.find((m) => m.timezone && memberClock(m.timezone).date === today && memberClock(m.timezone).hour >= 2) ?? members[0]!
}

/** One hour of manual time today on the contract, in the first hour of the day that is free. */
async function trackOneHour(member: ApiMember, contractId: number) {
  const { date, hour } = memberClock(member.timezone ?? 'UTC')
  for (let h = 0; h < hour; h++) {
    const pad = (n: number) => String(n).padStart(2, '0')
    const answer = await sandboxApi<{ success: boolean }>('/time-entries', {
      method: 'POST',
      body: JSON.stringify({
        workspace_id: WS,
        user_id: member.id,
        contract_id: contractId,
        date,
        start_time: `${pad(h)}:00`,
        end_time: `${pad(h + 1)}:00`,
      }),
    })
    if (answer.success) return
  }
  throw new Error(`no free hour today for member ${member.id}`)
}

test('invite a member and change their role', async ({ signedIn: page }) => {
  const email = `e2e.invite.${Date.now()}@example.com`
  await page.goto(`/w/${WS}/members`)
  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite a member' })
  await expect(dialog.getByText(/Owner cannot be given to anyone/)).toBeVisible()
  await expect(dialog.getByLabel('Role').locator('option', { hasText: /^Owner$/ })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(dialog.getByText('The email must be a valid email address.')).toBeVisible()
  await dialog.getByLabel('Email').fill(email)
  await dialog.getByLabel('First name').fill('Erin')
  await dialog.getByLabel('Last name').fill('Invited')
  await dialog.getByLabel('Role').selectOption('Project manager')
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  const sent = page.getByRole('dialog', { name: 'Invitation sent' })
  await expect(sent.getByLabel('Invitation link')).toHaveValue(/accept-invitation/)
  await expect(sent.getByRole('button', { name: 'Copy' })).toBeVisible()
  await expectNoAxeViolations(page)
  await sent.getByRole('button', { name: 'Done' }).click()

  const [invited] = await list<ApiMember>(`/members?workspace_id=${WS}&email=${encodeURIComponent(email)}`)
  expect(invited).toMatchObject({
    current_role: 'Project manager',
    status: 'inactive',
  })
  await page.goto(`/w/${WS}/members/${invited!.id}`)
  await page.getByRole('button', { name: 'Change role' }).click()
  const roleDialog = page.getByRole('dialog', { name: /Change .* role/ })
  await roleDialog.getByLabel('Role').selectOption('Team manager')
  await roleDialog.getByRole('button', { name: 'Save role' }).click()
  await expect(page.getByText('Erin Invited is now Team manager.')).toBeVisible()
  await expect.poll(async () => (await list<ApiMember>(`/members?workspace_id=${WS}&email=${encodeURIComponent(email)}`))[0]?.current_role).toBe('Team manager')
})

test('a project with a contract, an over-limit flag, a task and a viewer', async ({ signedIn: page }) => {
  const name = `E2E project ${Date.now()}`
  const worker = await pickWorker()
  const workerName = `${worker.firstname} ${worker.lastname}`

  // Project: validated form, then its own page.
  await page.goto(`/w/${WS}/projects`)
  await page.getByRole('button', { name: 'New project' }).click()
  const form = page.getByRole('dialog', { name: 'New project' })
  await form.getByRole('button', { name: 'Create project' }).click()
  await expect(form.getByText('The name field is required.')).toBeVisible()
  await form.getByLabel('Name').fill(name)
  await form.getByLabel('Estimation (hours)').fill('100')
  await form.getByLabel('Budget').fill('5000')
  await form.getByRole('button', { name: 'Create project' }).click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  const project = (await list<Row & { id: number; name: string }>(`/projects?workspace_id=${WS}&name=${encodeURIComponent(name)}`))[0]!
  expect(project).toMatchObject({
    estimation: 100,
    budget_estimation: 5000,
    status: 1,
  })

  // Contract with a rate and a one-hour weekly limit.
  await page.getByRole('button', { name: 'Add contract' }).click()
  const contractForm = page.getByRole('dialog', { name: 'New contract' })
  await contractForm.getByLabel('Member').selectOption({ label: workerName })
  await contractForm.getByLabel(/^Hourly rate/).fill('25')
  await contractForm.getByLabel('Weekly hours limit').fill('1')
  await contractForm.getByRole('button', { name: 'Create contract' }).click()
  await expect(contractForm).toBeHidden()
  const contract = (await list<Row & { id: number }>(`/contracts?workspace_id=${WS}&project_id=${project.id}`))[0]!
  expect(contract).toMatchObject({
    user_id: worker.id,
    rate: 25,
    weekly_hours_limit: 1,
  })

  // An hour tracked this week reaches the limit: the contracts page flags it.
  await trackOneHour(worker, contract.id)
  await page.goto(`/w/${WS}/contracts?layout=list&flagged=true`)
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('Over limit')
  await expect(row).toContainText('1h 00m')
  await page.goto(`/w/${WS}/contracts`)
  await expect(
    page.getByRole('button', {
      name: `Edit contract: ${workerName} on ${name}, over its weekly limit`,
    }),
  ).toBeVisible()

  // A task, assigned to the contract's member.
  await page.goto(`/w/${WS}/projects/${project.id}`)
  await page.getByRole('button', { name: 'Add task' }).click()
  const taskForm = page.getByRole('dialog', { name: 'New task' })
  await taskForm.getByLabel('Title').fill('E2E write the brief')
  await taskForm.getByRole('button', { name: 'Create task' }).click()
  await expect(taskForm).toBeHidden()
  await page.getByLabel('Assign a member to E2E write the brief').selectOption({ label: workerName })
  await expect(
    page.getByRole('button', {
      name: `Unassign ${workerName} from E2E write the brief`,
    }),
  ).toBeVisible()
  await expect
    .poll(async () =>
      (await list<{ title: string; assignees: { id: number }[] }>(`/tasks?workspace_id=${WS}&project_id=${project.id}`))
        .find((t) => t.title === 'E2E write the brief')
        ?.assignees.map((a) => a.id),
    )
    .toEqual([worker.id])

  // A project viewer (client) who sees this project.
  const viewerEmail = `e2e.client.${Date.now()}@example.com`
  await page.getByRole('button', { name: 'Invite viewer' }).click()
  const viewerForm = page.getByRole('dialog', {
    name: 'Invite a project viewer',
  })
  await viewerForm.getByLabel('Email').fill(viewerEmail)
  await viewerForm.getByLabel('First name').fill('Cleo')
  await viewerForm.getByLabel('Last name').fill('Client')
  await expect(viewerForm.getByLabel(name)).toBeChecked()
  await viewerForm.getByRole('button', { name: 'Invite viewer' }).click()
  await expect(page.getByRole('region', { name: 'Viewers of this project' })).toContainText(viewerEmail)
  const [viewer] = await list<{
    email: string
    projects: { project_id: number }[]
  }>(`/project-viewers?workspace_id=${WS}&email=${encodeURIComponent(viewerEmail)}`)
  expect(viewer?.projects.map((p) => p.project_id)).toEqual([project.id])
  await expectNoAxeViolations(page)
})

test('register a webhook and receive its test event', async ({ signedIn: page }) => {
  const receiver = await startWebhookReceiver()
  try {
    await page.goto(`/w/${WS}/webhooks`)
    await page.getByRole('button', { name: 'Register webhook' }).click()
    const form = page.getByRole('dialog', { name: 'Register a webhook' })
    await form.getByLabel('URL').fill('ftp://nope')
    await form.getByRole('button', { name: 'Register webhook' }).click()
    await expect(form.getByText('The url must be a valid URL.')).toBeVisible()
    await expect(form.getByText('The events field is required.')).toBeVisible()
    await form.getByLabel('URL').fill(receiver.url)
    await form.getByLabel('project.created').check()
    await form.getByRole('button', { name: 'Register webhook' }).click()
    const created = page.getByRole('dialog', { name: 'Webhook registered' })
    const token = await created.getByLabel('Signing token').inputValue()
    expect(token).toMatch(/^whsec_/)
    await created.getByRole('button', { name: 'Done' }).click()

    const hook = (await list<{ id: string; url: string; events: string[]; token: string }>(`/webhooks?workspace_id=${WS}`)).find((w) => w.url === receiver.url)!
    expect(hook).toMatchObject({ events: ['project.created'], token })

    await page.getByRole('button', { name: `Send a test event to ${receiver.url}` }).click()
    const [delivery] = await receiver.waitFor(1)
    expect(delivery!.headers['x-webwork-event']).toBe('webhook.test')
    // As a receiver checks it: `t=<unix seconds>,v1=<HMAC-SHA256 of "t.body">` within five minutes.
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivery!.headers['x-webwork-signature'])) ?? []
    expect(Math.abs(Date.now() / 1000 - Number(t))).toBeLessThan(300)
    expect(v1).toBe(createHmac('sha256', token).update(`${t}.${delivery!.body}`).digest('hex'))
    await expect(page.getByRole('dialog', { name: 'Recent deliveries' })).toContainText('succeeded')
    const log = await list<{ event: string; status: string }>(`/webhooks/${hook.id}/deliveries?workspace_id=${WS}`)
    expect(log[0]).toMatchObject({
      event: 'webhook.test',
      status: 'succeeded',
    })
  } finally {
    await receiver.close()
  }
})

// One test per scheme: each has its own tab, so its own rate budget of 60 requests a minute.
for (const scheme of ['light', 'dark'] as const) {
  test(`every team page has no axe violations, ${scheme}`, async ({ signedIn: page }) => {
    test.setTimeout(120_000)
    const [project] = await list<{ id: number }>(`/projects?workspace_id=${WS}`)
    await page.emulateMedia({ colorScheme: scheme })
    for (const [path, heading] of [
      ['projects', 'Projects'],
      ['contracts', 'Contracts'],
      ['contracts?layout=list', 'Contracts'],
      ['project-viewers', 'Project viewers'],
      ['webhooks', 'Webhooks'],
    ] as const) {
      await page.goto(`/w/${WS}/${path}`)
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
      await expect(page.getByText('…', { exact: true })).toHaveCount(0)
      await expectNoAxeViolations(page)
    }
    await page.goto(`/w/${WS}/projects/${project!.id}`)
    await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Tasks of this project' }).or(page.getByText('No tasks yet.'))).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
