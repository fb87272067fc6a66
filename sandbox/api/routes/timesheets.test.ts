import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import { timesheetActionEnvelopeSchema, timesheetListSchema, type Timesheet } from '../../../src/contract/timesheets'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'

let sandbox: RunningSandbox
let acme: number
let managerToken: string
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  const workspaces = (await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
  managerToken = (await signIn(sandbox.origin, 'manager@demo.test')).access_token
})
afterAll(() => sandbox.close())

const owner = (path: string, init: Parameters<typeof api>[2] = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init })
const list = async (query: string, token = DEMO_OWNER_PAT) => {
  const response = await api(sandbox.origin, `/timesheets?workspace_id=${acme}&${query}`, { token })
  expect(response.status).toBe(200)
  return timesheetListSchema.parse(response.body)
}
const act = (id: string, action: string, body: Record<string, unknown> = {}) =>
  owner(`/timesheets/${id}/${action}`, { method: 'PUT', body: { workspace_id: acme, ...body } })

describe('GET /timesheets', () => {
  it('lists timesheets with daily breakdowns whose sums are the totals', async () => {
    const body = await list('status=approved&per_page=50')
    expect(body.data.length).toBeGreaterThan(0)
    for (const t of body.data) {
      expect(t.status).toBe('approved')
      const minutes = Object.values(t.daily_breakdown!)
        .flat()
        .reduce((sum, e) => sum + e.total_minutes, 0)
      expect(minutes).toBe(t.total_minutes)
      for (const day of Object.keys(t.daily_breakdown!)) expect(day >= t.date_from && day <= t.date_to).toBe(true)
    }
    expect(body.data.some((t) => t.total_minutes! > 0)).toBe(true)
  })

  it('shows amounts only to callers who may see rates', async () => {
    const ownerView = await list('per_page=20')
    // The sandbox names no currency: one amount each, read as Money[].
    expect(ownerView.data.every((t) => t.total_amount?.length === 1 && t.total_amount[0]!.currency === null)).toBe(true)
    const managerView = await list('per_page=20', managerToken)
    expect(managerView.data.every((t) => t.total_amount === undefined)).toBe(true)
    expect(managerView.data.flatMap((t) => Object.values(t.daily_breakdown!).flat()).every((e) => e.total_amount === undefined)).toBe(true)
  })

  it('filters by user, status (open = pending), dates and id, and orders by creation', async () => {
    const all = await list('per_page=100')
    const someone = all.data[0]!
    const mine = await list(`user_id=${someone.user_id}&per_page=100`)
    expect(mine.data.every((t) => t.user_id === someone.user_id)).toBe(true)
    const open = await list('status=open&per_page=100')
    const pending = await list('status=pending&per_page=100')
    expect(open.pagination!.total).toBe(pending.pagination!.total)
    expect(pending.data.every((t) => t.status === 'pending')).toBe(true)
    const ranged = await list(`date_from=${someone.date_from}&date_to=${someone.date_to}&per_page=100`)
    expect(ranged.data.every((t) => t.date_from >= someone.date_from && t.date_to <= someone.date_to)).toBe(true)
    expect((await list(`id=${someone.id}`)).data.map((t) => t.id)).toEqual([someone.id])
    const asc = await list('order_by=asc&per_page=100')
    const created = asc.data.map((t) => t.created_at)
    expect(created).toEqual([...created].sort())
    expect((await owner(`/timesheets?workspace_id=${acme}&status=done`)).status).toBe(422)
  })
})

describe('timesheet actions and their state machine', () => {
  async function one(status: string): Promise<Timesheet> {
    return (await list(`status=${status}&per_page=1`)).data[0]!
  }

  it('approves a submitted timesheet with the documented data and message', async () => {
    const t = await one('submitted')
    const response = await act(t.id, 'approve')
    expect(response.status).toBe(200)
    const body = timesheetActionEnvelopeSchema.parse(response.body)
    expect(body.data).toMatchObject({ id: t.id, status: 'approved', user_id: t.user_id, date_from: t.date_from, date_to: t.date_to })
    expect(body.message).toMatch(
      new RegExp(`^Timesheet approved by Ava Owens at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\| Member: .+ \\| Period: ${t.date_from} to ${t.date_to}$`),
    )
    expect((await list(`id=${t.id}`)).data[0]!.status).toBe('approved')
  })

  it('refuses to approve or reject twice, naming the current status (422)', async () => {
    const t = await one('submitted')
    expect((await act(t.id, 'approve')).status).toBe(200)
    for (const action of ['approve', 'reject'] as const) {
      const again = await act(t.id, action, { reason: 'late' })
      expect(again.status).toBe(422)
      expect(errorEnvelopeSchema.parse(again.body).message).toContain('its status is approved')
    }
  })

  it('rejects only with a reason, and the reason is kept and echoed', async () => {
    const t = await one('submitted')
    const missing = await act(t.id, 'reject', { reason: '   ' })
    expect(missing.status).toBe(422)
    expect(missing.body.errors.reason).toEqual(['The reason field is required.'])
    expect((await list(`id=${t.id}`)).data[0]!.status).toBe('submitted')
    const response = await act(t.id, 'reject', { reason: 'Monday looks too high' })
    expect(response.status).toBe(200)
    expect(response.body.message).toMatch(/ \| Reason: Monday looks too high$/)
    expect((await list(`id=${t.id}`)).data[0]).toMatchObject({ status: 'rejected', reject_reason: 'Monday looks too high' })
  })

  it('submits from pending or rejected, and unsubmits back to pending', async () => {
    const pending = await one('pending')
    expect((await act(pending.id, 'unsubmit')).status).toBe(422)
    const submitted = await act(pending.id, 'submit')
    expect(timesheetActionEnvelopeSchema.parse(submitted.body).data?.status).toBe('submitted')
    expect(submitted.body.message).toMatch(/^Timesheet submitted by Ava Owens/)
    expect((await list(`id=${pending.id}`)).data[0]!.submitted_on).toEqual(expect.any(String))
    expect((await act(pending.id, 'submit')).status).toBe(422)
    const unsubmitted = await act(pending.id, 'unsubmit')
    expect(timesheetActionEnvelopeSchema.parse(unsubmitted.body).data?.status).toBe('pending')

    const rejected = await one('rejected')
    expect((await act(rejected.id, 'submit')).status).toBe(200)
    expect((await list(`id=${rejected.id}`)).data[0]).toMatchObject({ status: 'submitted', reject_reason: undefined })

    const approved = await one('approved')
    expect((await act(approved.id, 'submit')).status).toBe(422)
    expect((await act(approved.id, 'unsubmit')).status).toBe(422)
  })

  it('answers 404 for an unknown id or another workspace’s timesheet', async () => {
    expect((await act('no-such-id', 'approve')).status).toBe(404)
    const northwind = (await owner('/workspaces')).body.data.find((w: { workspace_name: string }) => w.workspace_name === 'Northwind Labs').id
    const theirs = timesheetListSchema.parse((await owner(`/timesheets?workspace_id=${northwind}&status=submitted`)).body).data[0]
    if (theirs) expect((await act(theirs.id, 'approve')).status).toBe(404)
  })
})
