import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorEnvelopeSchema } from '../../../src/contract/envelope'
import {
  createLeaveEnvelopeSchema,
  leaveBalanceListSchema,
  leavePath,
  leavePaths,
  leavePolicyListSchema,
  leaveRequestEnvelopeSchema,
  leaveAmountInDays,
  leaveRequestListSchema,
  type LeaveRequest,
} from '../../../src/contract/leaves'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'

let sandbox: RunningSandbox
let acme: number
let northwind: number
let memberId: number
let ownerId: number
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  const workspaces = (await owner('/workspaces')).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
  northwind = workspaces.find((w) => w.workspace_name === 'Northwind Labs')!.id
  memberId = (await owner(`/members?workspace_id=${acme}&email=member@demo.test`)).body.data[0].id
  ownerId = (await owner(`/members?workspace_id=${acme}&email=owner@demo.test`)).body.data[0].id
})
afterAll(() => sandbox.close())

const owner = (path: string, init: Parameters<typeof api>[2] = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init })
const list = async (query: string, workspace = acme) => leaveRequestListSchema.parse((await owner(`/leaves?workspace_id=${workspace}&${query}`)).body)
const decide = (action: 'approve' | 'reject', id: string, body: Record<string, unknown> = {}, workspace = acme) =>
  owner(leavePath(leavePaths[action].path, id), { method: leavePaths[action].method, body: { workspace_id: workspace, ...body } })
const create = (body: Record<string, unknown>) => owner(leavePaths.create.path, { method: 'POST', body: { workspace_id: acme, ...body } })
// The contract reads the sandbox's null (a whole day) as undefined.
const pendingWholeDay = async (): Promise<LeaveRequest> => (await list('status=pending&per_page=100')).data.find((r) => r.start_time === undefined)!

describe('GET /leaves', () => {
  it('lists requests in the documented shape and filters by status, user, id, policy and paid', async () => {
    expect((await owner(`/leaves?workspace_id=${acme}`)).body.message).toBe('Leave requests retrieved successfully')
    const all = await list('per_page=100')
    expect(new Set(all.data.map((r) => r.status))).toEqual(new Set(['pending', 'approved', 'rejected']))
    const pending = await list('status=pending&per_page=100')
    expect(pending.data.length).toBeGreaterThanOrEqual(8)
    expect(pending.data.every((r) => r.status === 'pending' && r.approved_by === undefined)).toBe(true)
    const first = all.data[0]!
    expect((await list(`user_id=${first.user_id}&per_page=100`)).data.every((r) => r.user_id === first.user_id)).toBe(true)
    expect((await list(`id=${first.id}`)).data.map((r) => r.id)).toEqual([first.id])
    expect((await list(`policy_id=${first.policy_id}&per_page=100`)).data.every((r) => r.policy_id === first.policy_id)).toBe(true)
    const unpaid = await list('is_paid=no&per_page=100')
    expect(unpaid.data.length).toBeGreaterThan(0)
    expect(unpaid.data.every((r) => r.is_paid === 'no' && r.policy_name === 'Unpaid leave')).toBe(true)
  })

  it('keeps requests that overlap the date window, latest first, and pages', async () => {
    const window = await list('date_from=2026-11-01&date_to=2026-11-30&per_page=100')
    expect(window.data.length).toBeGreaterThan(0)
    expect(window.data.every((r) => r.end_date! >= '2026-11-01' && r.start_date! <= '2026-11-30')).toBe(true)
    const starts = window.data.map((r) => r.start_date!)
    expect(starts).toEqual([...starts].sort().reverse())
    const page2 = await list('per_page=2&page=2')
    expect(page2.data).toHaveLength(2)
    expect(page2.pagination).toMatchObject({ current_page: 2, per_page: 2, from: 3, to: 4 })
  })

  it('validates filters with 422 field messages', async () => {
    const response = await owner(`/leaves?workspace_id=${acme}&status=waiting&is_paid=maybe&date_from=01/11/2026&per_page=101`)
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors!).sort()).toEqual(['date_from', 'is_paid', 'per_page', 'status'])
  })

  it('is for Owners and Executive managers only', async () => {
    const manager = (await signIn(sandbox.origin, 'manager@demo.test')).access_token
    expect((await api(sandbox.origin, `/leaves?workspace_id=${acme}`, { token: manager })).status).toBe(200)
    const member = (await signIn(sandbox.origin, 'member@demo.test')).access_token
    expect((await api(sandbox.origin, `/leaves?workspace_id=${acme}`, { token: member })).status).toBe(403)
  })
})

describe('GET /leaves/policies (path assumed)', () => {
  it('lists the workspace policies and filters by id', async () => {
    const policies = leavePolicyListSchema.parse((await owner(`${leavePaths.policies.path}?workspace_id=${acme}`)).body)
    expect(policies.data.map((p) => [p.name, p.is_paid])).toEqual([
      ['Vacation', 'yes'],
      ['Sick leave', 'yes'],
      ['Unpaid leave', 'no'],
    ])
    const one = leavePolicyListSchema.parse((await owner(`${leavePaths.policies.path}?workspace_id=${acme}&id=${policies.data[1]!.id}`)).body)
    expect(one.data.map((p) => p.name)).toEqual(['Sick leave'])
    expect(one.pagination!.total).toBe(1)
  })
})

describe('GET /leaves/balances', () => {
  const balances = (query: string) => owner(`${leavePaths.balances.path}?workspace_id=${acme}&${query}`)

  it('requires date_from and date_to (422 naming both) in order', async () => {
    const missing = await balances('')
    expect(missing.status).toBe(422)
    expect(Object.keys(missing.body.errors).sort()).toEqual(['date_from', 'date_to'])
    expect(Object.keys((await balances('date_from=2026-12-01&date_to=2026-11-01')).body.errors)).toEqual(['date_to'])
    expect((await balances('date_from=2026-01-01&date_to=2026-12-31&user_id=999999')).body.errors).toEqual({ user_id: ['The selected user id is invalid.'] })
  })

  it('answers text balances per policy, 20 members a page whatever per_page says', async () => {
    const body = leaveBalanceListSchema.parse((await balances('date_from=2026-01-01&date_to=2026-12-31&per_page=5')).body)
    expect(body.data).toHaveLength(20)
    expect(body.pagination!.last_page).toBeGreaterThan(1)
    const row = body.data[0]!
    expect(row.leave_information.map((i) => i.leave_type)).toEqual(['Vacation', 'Sick leave', 'Unpaid leave'])
    expect(row.leave_information.every((i) => /^-?\d+(\.\d+)? days?$/.test(i.balance.text) && i.balance.days !== undefined)).toBe(true)
    expect(row.total_balance).toBeUndefined()
    const page2 = leaveBalanceListSchema.parse((await balances('date_from=2026-01-01&date_to=2026-12-31&page=2')).body)
    expect(page2.data[0]!.user_id).not.toBe(row.user_id)
  })

  it('subtracts approved leave inside the window from the days granted', async () => {
    const leave = await pendingWholeDay()
    const window = `date_from=${leave.start_date}&date_to=${leave.end_date}&user_id=${leave.user_id}`
    const balanceOf = async () => {
      const body = leaveBalanceListSchema.parse((await balances(window)).body)
      return leaveAmountInDays(body.data[0]!.leave_information.find((i) => i.policy_id === leave.policy_id)!.balance)!
    }
    const before = await balanceOf()
    expect((await decide('approve', leave.id)).status).toBe(200)
    expect(leave.total!.days).toBeGreaterThan(0)
    expect(await balanceOf()).toBeCloseTo(before - leave.total!.days!)
  })
})

describe('POST /leaves', () => {
  it('creates a pending request: 201 without data, then listed', async () => {
    const response = await create({
      policy_id: (await list('')).data[0]!.policy_id,
      user_id: memberId,
      start: '2027-03-01',
      end: '2027-03-05',
      reason: 'Ski trip',
    })
    expect(response.status).toBe(201)
    expect(createLeaveEnvelopeSchema.parse(response.body).message).toBe('Leave request created successfully')
    expect('data' in response.body).toBe(false)
    const created = (await list(`user_id=${memberId}&date_from=2027-03-01&date_to=2027-03-05`)).data
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({
      status: 'pending',
      note: 'Ski trip',
      created_by: ownerId,
      start_date: '2027-03-01',
      end_date: '2027-03-05',
      total: { days: 5, hours: 40 },
    })
  })

  it('turns leave_period into a half day', async () => {
    const policy = (await list('')).data[0]!.policy_id
    expect((await create({ policy_id: policy, user_id: memberId, start: '2027-03-08', end: '2027-03-08', leave_period: 2 })).status).toBe(201)
    const [half] = (await list(`user_id=${memberId}&date_from=2027-03-08&date_to=2027-03-08`)).data
    expect(half).toMatchObject({ start_time: '13:00', end_time: '17:00', total: { days: 0.5, hours: 4 } })
  })

  it('validates the body field by field', async () => {
    const empty = await create({})
    expect(empty.status).toBe(422)
    expect(Object.keys(empty.body.errors).sort()).toEqual(['end', 'policy_id', 'start', 'user_id'])
    const policy = (await list('')).data[0]!.policy_id!
    const base = { policy_id: policy, user_id: memberId }
    expect(Object.keys((await create({ ...base, start: '2027-04-09', end: '2027-04-08' })).body.errors)).toEqual(['end'])
    expect(Object.keys((await create({ ...base, start: '2027-04-08', end: '2027-04-08', start_time: '10:00' })).body.errors)).toEqual(['end_time'])
    expect((await create({ ...base, start: '2027-03-06', end: '2027-03-07' })).body.errors).toEqual({
      start: ['The leave must include at least one working day.'],
    })
    expect((await create({ ...base, start: '2027-03-04', end: '2027-03-04' })).body.errors).toEqual({
      start: ['The user already has a leave request on these dates.'],
    })
    expect((await create({ ...base, user_id: 999999, start: '2027-04-08', end: '2027-04-08' })).body.errors).toEqual({
      user_id: ['The selected user is not an active member of this workspace.'],
    })
    const foreignPolicy = (await list('', northwind)).data[0]!.policy_id
    expect((await create({ ...base, policy_id: foreignPolicy, start: '2027-04-08', end: '2027-04-08' })).body.errors).toEqual({
      policy_id: ['The selected policy id is invalid.'],
    })
  })
})

describe('approve and reject (paths assumed)', () => {
  it('approves a pending request once; a second decision names the current status', async () => {
    const leave = (await list('status=pending')).data[0]!
    const approved = await decide('approve', leave.id)
    expect(approved.status).toBe(200)
    expect(leaveRequestEnvelopeSchema.parse(approved.body)).toMatchObject({
      message: 'Leave request approved successfully',
      data: { id: leave.id, status: 'approved', approved_by: ownerId },
    })
    const again = await decide('approve', leave.id)
    expect(again.status).toBe(422)
    expect(errorEnvelopeSchema.parse(again.body).message).toBe('This leave request is already approved.')
    const reject = await decide('reject', leave.id, { reason: 'Too late' })
    expect([reject.status, reject.body.message]).toEqual([422, 'This leave request is already approved.'])
  })

  it('rejects only with a reason, then refuses to approve', async () => {
    const leave = (await list('status=pending')).data[0]!
    const missing = await decide('reject', leave.id, { reason: '  ' })
    expect(missing.status).toBe(422)
    expect(missing.body.errors).toEqual({ reason: ['The reason field is required.'] })
    expect((await list(`id=${leave.id}`)).data[0]!.status).toBe('pending')
    const rejected = await decide('reject', leave.id, { reason: 'Release week' })
    expect(leaveRequestEnvelopeSchema.parse(rejected.body).data).toMatchObject({ status: 'rejected', reject_reason: 'Release week', rejected_by: ownerId })
    const approve = await decide('approve', leave.id)
    expect([approve.status, approve.body.message]).toEqual([422, 'This leave request is already rejected.'])
  })

  it("answers 404 for unknown ids and for another workspace's requests", async () => {
    expect((await decide('approve', 'no-such-leave')).status).toBe(404)
    const foreign = (await list('status=pending', northwind)).data[0]!
    const crossed = await decide('approve', foreign.id, {}, acme)
    expect([crossed.status, crossed.body.message]).toEqual([404, 'Leave request not found.'])
    expect((await list(`id=${foreign.id}`, northwind)).data[0]!.status).toBe('pending')
  })
})
