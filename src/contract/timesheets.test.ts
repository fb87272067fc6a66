import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { timesheetActionEnvelopeSchema, timesheetListSchema, timesheetSchema, type TimesheetWire } from './timesheets'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const result = parseCorpus(corpus.timesheets!, {
  'GET /timesheets': timesheetListSchema,
  'PUT /timesheets/{timesheetId}/approve': timesheetActionEnvelopeSchema,
  'PUT /timesheets/{timesheetId}/reject': timesheetActionEnvelopeSchema,
  'PUT /timesheets/{timesheetId}/submit': timesheetActionEnvelopeSchema,
  'PUT /timesheets/{timesheetId}/unsubmit': timesheetActionEnvelopeSchema,
})
const lists = outputsOf(result, 'GET /timesheets', timesheetListSchema)
const actions = (endpoint: string) => outputsOf(result, endpoint, timesheetActionEnvelopeSchema)

describe('timesheets: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(corpus.timesheets!.length)
  })

  it('reads variant B: a member named by a string, minutes, per-currency amounts, the breakdown', () => {
    const [seed] = lists
    const [john, maria] = seed!.data
    expect(john).toMatchObject({ id: 'abc123xyz', user_id: 45696, member: { id: 45696, name: 'John Smith' }, status: 'submitted', total_minutes: 855 })
    expect(john!.total_amount).toEqual([{ value: 363.38, currency: 'USD' }])
    expect(john!.daily_breakdown!['2024-01-03']).toEqual([
      { project_id: 100, project_name: 'Marketing Campaign Q1', contract_id: 21, total_minutes: 255, total_amount: [{ value: 108.38, currency: 'USD' }] },
      { project_id: 10, project_name: 'API Platform', contract_id: 24, total_minutes: 180, total_amount: [{ value: 76.5, currency: 'USD' }] },
    ])
    expect(john!.submitted_on).toBe('2024-01-15T10:30:00.000000Z')
    expect(maria).toMatchObject({ status: 'rejected', reject_reason: 'Please correct the hours for Monday - they seem too high', total_minutes: 975 })
    expect(seed!.pagination).toMatchObject({ total: 2, current_page: 1, last_page: 1 })
  })

  it('leaves the amount unknown without rate permission, and reads a plain-number amount', () => {
    const [, noRates, plain] = lists
    expect(noRates!.data.map((t) => [t.status, t.total_amount, t.submitted_on])).toEqual([
      ['pending', undefined, undefined],
      ['approved', undefined, '2024-01-15T17:45:00.000000Z'],
    ])
    expect(Object.values(noRates!.data[0]!.daily_breakdown!).flat()[0]!.total_amount).toBeUndefined()
    expect(plain!.data[0]!.total_amount).toEqual([{ value: 363.38, currency: null }])
  })

  it('reads variant A: `open` is pending, hours become minutes, no member, breakdown or pagination', () => {
    const variantA = lists[3]!
    expect(variantA.pagination).toBeNull()
    const [open, approved] = variantA.data
    expect(open).toMatchObject({ id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', status: 'pending', total_minutes: 4830, user_id: 45696 })
    expect([open!.member, open!.daily_breakdown, open!.total_amount, open!.created_at]).toEqual([undefined, undefined, undefined, undefined])
    expect(approved).toMatchObject({ status: 'approved', total_minutes: 2235, submitted_on: '2024-01-15T09:12:00Z' })
  })

  it('takes every action answer as done, whether it echoes the timesheet or sends data null', () => {
    const [seedApprove, nullApprove] = actions('PUT /timesheets/{timesheetId}/approve')
    expect(seedApprove).toMatchObject({ success: true, data: { id: 'abc123xyz', status: 'approved', user_id: 45696 } })
    expect(nullApprove).toMatchObject({ success: true, data: null, message: 'Timesheet approved successfully' })
    expect(actions('PUT /timesheets/{timesheetId}/reject').map((a) => a.success)).toEqual([true, true])
    expect(actions('PUT /timesheets/{timesheetId}/submit').map((a) => a.data?.status ?? null)).toEqual(['submitted', null])
    // seeds/000's unsubmit example says `open`, its prose `pending`: one state.
    expect(actions('PUT /timesheets/{timesheetId}/unsubmit').map((a) => a.data?.status)).toEqual(['pending', 'pending'])
  })
})

describe('timesheets: the sandbox and the wire', () => {
  const rich: TimesheetWire = {
    id: 'ts_1',
    user_id: 7,
    member: { id: 7, firstname: 'Ana', lastname: 'Ruiz', email: 'ana@acme.test' },
    date_from: '2026-11-16',
    date_to: '2026-11-22',
    total_minutes: 480,
    submitted_on: '2026-11-23T09:00:00.000Z',
    reject_reason: null,
    status: 'submitted',
    daily_breakdown: { '2026-11-16': [{ project_id: 2, project_name: 'Website', contract_id: 10, total_minutes: 480, total_amount: 200 }] },
    total_amount: 200,
    created_at: '2026-11-16T00:00:00.000Z',
    updated_at: '2026-11-23T09:00:00.000Z',
  }

  it('still reads the sandbox’s rich timesheet', () => {
    expect(timesheetSchema.parse(rich)).toMatchObject({
      member: { id: 7, name: 'Ana Ruiz', email: 'ana@acme.test' },
      total_minutes: 480,
      total_amount: [{ value: 200, currency: null }],
      reject_reason: undefined,
    })
  })

  it('keeps a status it does not know as its raw text, and reads PHP’s empty breakdown `[]` as none tracked', () => {
    expect(timesheetSchema.parse({ ...rich, status: 'Locked', daily_breakdown: [] })).toMatchObject({ status: 'Locked', daily_breakdown: {} })
    expect(timesheetSchema.parse({ ...rich, status: 'OPEN', total_minutes: '480' })).toMatchObject({ status: 'pending', total_minutes: 480 })
  })

  it('still refuses a really broken payload, naming the field', () => {
    const words = timesheetListSchema.safeParse({ success: true, data: [{ ...rich, total_minutes: 'eight hours' }] })
    expect(words.error?.issues[0]).toMatchObject({ path: ['data', 0, 'total_minutes'], message: 'must be a number, got the text "eight hours"' })
    const list = timesheetSchema.safeParse({ ...rich, daily_breakdown: { '2026-11-16': { project_id: 2 } } })
    expect(list.error?.issues[0]?.path.slice(0, 2)).toEqual(['daily_breakdown', '2026-11-16'])
    expect(timesheetSchema.safeParse({ ...rich, date_from: 'last week' }).error?.issues[0]).toMatchObject({ path: ['date_from'] })
  })
})
