import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEnvelope, expectItemKeys, LIST, MESSAGE_ONLY, startDialectSandbox, type DialectSandbox } from '../testing/dialect'
import { balanceText } from './leaves'

const LEAVE = ['id', 'user_id', 'status', 'note', 'is_paid', 'created_by', 'approved_by', 'rejected_by', 'reject_reason', 'start_date', 'end_date']

describe('balanceText', () => {
  it.each([
    [10, '10 days'],
    [1, '1 day'],
    [1.5, '1 day 4 hours'],
    [2.125, '2 days 1 hour'],
    [0.5, '4 hours'],
    [0.0625, '0.5 hours'],
    [0, '0 days'],
    [-2.25, '-2 days 2 hours'],
  ])('writes %d days as "%s"', (days, text) => {
    expect(balanceText(days)).toBe(text)
  })
})

describe('leaves (docs dialect)', () => {
  let docs: DialectSandbox
  beforeAll(async () => {
    docs = await startDialectSandbox('docs')
  })
  afterAll(() => docs.sandbox.close())

  it('lists the documented fields (no created_on, total, policy or clock fields), without pagination', async () => {
    const response = await docs.owner(`/leaves?workspace_id=${docs.acme}&per_page=100`)
    expectEnvelope(response, LIST)
    expectItemKeys(response.body.data, LEAVE)
  })

  it('creates a request with `{success, message}` only (201)', async () => {
    const member = docs.sandbox.store.data.memberships.find(
      (m) =>
        m.workspaceId === docs.acme &&
        m.status === 'active' &&
        !docs.sandbox.store.data.leaveRequests.some((r) => r.userId === m.userId && r.startDate >= '2027-03-01'),
    )!
    const policy = docs.sandbox.store.data.leavePolicies.find((p) => p.workspaceId === docs.acme)!
    const created = await docs.owner('/leaves', {
      method: 'POST',
      body: { workspace_id: docs.acme, user_id: member.userId, policy_id: policy.id, start: '2027-03-01', end: '2027-03-02' },
    })
    expect(created.status).toBe(201)
    expectEnvelope(created, MESSAGE_ONLY)
  })

  it('answers balances as text per leave type, without pagination or policy ids', async () => {
    const response = await docs.owner(`/leaves/balances?workspace_id=${docs.acme}&date_from=2026-01-01&date_to=2026-12-31`)
    expectEnvelope(response, LIST)
    expectItemKeys(response.body.data, ['user_id', 'user_name', 'leave_information', 'total_balance'])
    const rows = response.body.data.flatMap((b: { leave_information: { balance: string }[] }) => b.leave_information)
    expectItemKeys(rows, ['leave_type', 'balance'])
    for (const { balance } of rows) expect(balance).toMatch(/^-?(\d+ days?( \d+(\.\d+)? hours?)?|\d+(\.\d+)? hours?)$/)
  })
})
