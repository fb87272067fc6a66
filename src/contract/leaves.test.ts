import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import {
  createLeaveEnvelopeSchema,
  createLeaveInputSchema,
  LEAVE_MAX_DAYS,
  leaveAmountInDays,
  leaveBalanceListSchema,
  leavePolicyListSchema,
  leaveRequestDays,
  leaveRequestListSchema,
  leaveRequestSchema,
  parseLeaveAmount,
  type LeaveRequestWire,
} from './leaves'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const result = parseCorpus(corpus.leaves!, {
  'GET /leaves': leaveRequestListSchema,
  'POST /leaves': createLeaveEnvelopeSchema,
  'GET /leaves/balances': leaveBalanceListSchema,
})

describe('leaves: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(corpus.leaves!.length)
  })

  it('reads requests with only the confirmed fields, and with the legacy ones', () => {
    const [confirmed, legacy] = outputsOf(result, 'GET /leaves', leaveRequestListSchema)
    expect(confirmed!.pagination).toBeNull()
    expect(confirmed!.data[0]).toMatchObject({ status: 'approved', is_paid: 'yes', start_date: '2024-02-05', end_date: '2024-02-09', approved_by: 10 })
    expect(confirmed!.data[1]).toMatchObject({ status: 'rejected', is_paid: 'no', note: undefined, reject_reason: 'Overlaps with the release week' })
    expect([confirmed!.data[0]!.created_on, confirmed!.data[0]!.total, confirmed!.data[0]!.policy_name]).toEqual([undefined, undefined, undefined])
    expect(legacy!.data.map((l) => [l.status, l.created_on, l.total, leaveRequestDays(l.total)])).toEqual([
      ['approved', '2024-01-20', { days: 5, hours: 0 }, 5],
      ['pending', '2024-02-28', { days: 0, hours: 4 }, 0.5],
    ])
  })

  it('takes the create answer without `data` as done', () => {
    expect(outputsOf(result, 'POST /leaves', createLeaveEnvelopeSchema)[0]).toMatchObject({
      success: true,
      data: null,
      message: 'Leave request created successfully',
    })
  })

  it('reads balances as text and numbers: "10 days", "1 day 4 hours", a total', () => {
    const [perType, total] = outputsOf(result, 'GET /leaves/balances', leaveBalanceListSchema)
    const john = perType!.data[0]!
    expect(john.leave_information.map((b) => [b.leave_type, b.balance])).toEqual([
      ['Vacation', { text: '10 days', days: 10 }],
      ['Sick leave', { text: '1 day 4 hours', days: 1, hours: 4 }],
    ])
    expect(leaveAmountInDays(john.leave_information[1]!.balance)).toBe(1.5)
    expect(john.total_balance).toBeUndefined()
    expect(perType!.data[1]!.leave_information[0]!.balance).toEqual({ text: '0 days', days: 0 })
    expect(total!.data[0]!.total_balance).toEqual({ text: '11 days 4 hours', days: 11, hours: 4 })
  })
})

describe('leaves: amounts of leave', () => {
  it('reads the forms a balance takes, and leaves an unread text unknown rather than 0', () => {
    expect(parseLeaveAmount('-0.5 days')).toEqual({ text: '-0.5 days', days: -0.5 })
    expect(parseLeaveAmount('4 hours')).toEqual({ text: '4 hours', hours: 4 })
    expect(leaveAmountInDays(parseLeaveAmount('4 hours'))).toBe(0.5)
    expect(leaveAmountInDays(parseLeaveAmount('unlimited'))).toBeUndefined()
    expect(
      leaveBalanceListSchema.parse({ success: true, data: [{ user_id: '7', leave_information: [{ leave_type: 'Vacation', balance: 12 }] }] }).data[0],
    ).toEqual({
      user_id: 7,
      leave_information: [{ leave_type: 'Vacation', balance: { text: '12 days', days: 12 } }],
    })
  })
})

describe('leaves: the sandbox and the wire', () => {
  const rich: LeaveRequestWire = {
    id: 'lv_1',
    user_id: 7,
    policy_id: 3,
    policy_name: 'Vacation',
    status: 'pending',
    note: null,
    is_paid: 'yes',
    created_by: 7,
    approved_by: null,
    rejected_by: null,
    reject_reason: null,
    start_date: '2026-12-07',
    end_date: '2026-12-07',
    start_time: '09:00',
    end_time: '12:30',
    created_on: '2026-11-20T10:00:00.000Z',
    total: { days: 0.44, hours: 3.5 },
  }

  it('still reads the sandbox’s rich leave request and policies', () => {
    expect(leaveRequestSchema.parse(rich)).toMatchObject({ policy_name: 'Vacation', is_paid: 'yes', approved_by: undefined, total: { days: 0.44, hours: 3.5 } })
    expect(leaveRequestDays(leaveRequestSchema.parse(rich).total)).toBe(0.44)
    const policies = leavePolicyListSchema.parse({ success: true, data: [{ id: 3, name: 'Vacation', is_paid: 'no', days_per_year: 20, unit: 'days' }] })
    expect(policies.data).toEqual([{ id: 3, name: 'Vacation', is_paid: 'no', days_per_year: 20, unit: 'days' }])
  })

  it('reads a PHP flag as paid or not, and an unknown status as its raw text', () => {
    expect(leaveRequestSchema.parse({ ...rich, is_paid: 1, status: 'cancelled' })).toMatchObject({ is_paid: 'yes', status: 'cancelled' })
    expect(leaveRequestSchema.parse({ ...rich, is_paid: false })).toMatchObject({ is_paid: 'no' })
  })

  it('still refuses a really broken payload, naming the field', () => {
    expect(leaveRequestListSchema.safeParse({ success: true, data: [{ ...rich, start_date: 'next Monday' }] }).error?.issues[0]?.path).toEqual([
      'data',
      0,
      'start_date',
    ])
    expect(
      leaveBalanceListSchema.safeParse({ success: true, data: [{ user_id: 7, leave_information: { leave_type: 'Vacation' } }] }).error?.issues[0]?.path,
    ).toEqual(['data', 0, 'leave_information'])
  })
})

describe('leaves: the create request', () => {
  const request = { policy_id: 1, user_id: 2, start: '2026-01-01' }

  it('spans at most a year, so that counting its days stays cheap', () => {
    expect(LEAVE_MAX_DAYS).toBe(366)
    expect(createLeaveInputSchema.safeParse({ ...request, end: '2027-01-01' }).success).toBe(true)
    for (const end of ['2027-01-02', '9999-12-31']) {
      expect(createLeaveInputSchema.safeParse({ ...request, end }).error?.issues).toEqual([
        expect.objectContaining({ path: ['end'], message: 'A leave request may not span more than 366 days.' }),
      ])
    }
  })
})
