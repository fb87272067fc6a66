import { describe, expect, it } from 'vitest'
import type { Contract } from '@/contract/contracts'
import type { LeaveRequest } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import type { InboxItem } from './inbox-items'
import { rowFacts, splitByFlags, type QueueContext, type RowFacts } from './row-facts'
import type { InboxRecord } from './use-inbox'

const sheet = (days: Record<string, number>, extra: Partial<Timesheet> = {}) =>
  ({
    id: 't1',
    user_id: 7,
    status: 'submitted',
    date_from: '2026-11-16',
    date_to: '2026-11-22',
    total_minutes: Object.values(days).reduce((a, b) => a + b, 0),
    daily_breakdown: Object.fromEntries(Object.entries(days).map(([date, minutes]) => [date, [{ contract_id: 1, total_minutes: minutes }]])),
    ...extra,
  }) as Timesheet
const item = (kind: InboxItem['kind'], from = '2026-11-16', to = from): InboxItem => ({ key: `${kind}:x`, kind, id: 'x', userId: 7, memberName: 'A', from, to })
const record = <K extends InboxRecord['kind']>(kind: K, value: unknown) => ({ kind, record: value }) as InboxRecord

const limit10 = new Map([[1, { id: 1, weekly_hours_limit: 10, project_name: 'Site' } as Contract]])
const nothingRead: QueueContext = { leaveDays: () => undefined }
const allRead = (leave: string[] = []): QueueContext => ({ contracts: limit10, leaveDays: () => new Set(leave) })
const status = (facts: RowFacts) => facts.flags.status

describe('rowFacts', () => {
  it('says "not known" for a timesheet until its contracts and leave are read, then clear', () => {
    const facts = rowFacts(item('timesheet'), record('timesheet', sheet({ '2026-11-16': 240 })), nothingRead)
    expect(facts).toEqual({ minutes: 240, flags: { status: 'unknown', why: 'Checking limits and leave…' } })
    expect(status(rowFacts(item('timesheet'), record('timesheet', sheet({ '2026-11-16': 240 })), allRead()))).toBe('clear')
  })

  it('flags a long day from the timesheet alone, before anything else is read', () => {
    const facts = rowFacts(item('timesheet'), record('timesheet', sheet({ '2026-11-16': 13 * 60 })), nothingRead)
    expect(facts.flags).toEqual({ status: 'flagged', flags: [{ kind: 'long-day', date: '2026-11-16', minutes: 780 }] })
  })

  it('flags a week over the contract’s limit and time on a day of approved leave', () => {
    const facts = rowFacts(item('timesheet'), record('timesheet', sheet({ '2026-11-16': 360, '2026-11-17': 360 })), allRead(['2026-11-17']))
    expect(facts.flags.status === 'flagged' && facts.flags.flags.map((f) => f.kind)).toEqual(['on-leave', 'over-limit'])
  })

  it('cannot check a timesheet without a daily breakdown (variant A), and says why', () => {
    const facts = rowFacts(item('timesheet'), record('timesheet', sheet({}, { daily_breakdown: undefined, total_minutes: 600 })), allRead())
    expect(facts).toMatchObject({ minutes: 600, flags: { status: 'unknown', why: expect.stringMatching(/no daily breakdown/) } })
  })

  it('gives a time request its length, flagged when over 12 hours or on leave', () => {
    const request = (hours: number) =>
      ({
        id: 'r',
        status: 'pending',
        user_id: 7,
        start: '2026-11-16T06:00:00Z',
        end: new Date(Date.parse('2026-11-16T06:00:00Z') + hours * 3_600_000).toISOString(),
      }) as TimeRequest
    expect(rowFacts(item('time-request'), record('time-request', request(2)), nothingRead)).toMatchObject({ minutes: 120, flags: { status: 'unknown' } })
    expect(rowFacts(item('time-request'), record('time-request', request(2)), allRead())).toMatchObject({ minutes: 120, flags: { status: 'clear' } })
    expect(rowFacts(item('time-request'), record('time-request', request(13)), nothingRead).flags).toMatchObject({
      status: 'flagged',
      flags: [{ kind: 'long-day' }],
    })
    expect(rowFacts(item('time-request'), record('time-request', request(2)), allRead(['2026-11-16'])).flags).toMatchObject({
      status: 'flagged',
      flags: [{ kind: 'on-leave' }],
    })
  })

  it('gives a leave its days and nothing to flag', () => {
    const leave = { id: 'l', status: 'pending', user_id: 7, start_date: '2026-12-01', total: { days: 2.5 } } as LeaveRequest
    expect(rowFacts(item('leave'), record('leave', leave), nothingRead)).toEqual({ days: 2.5, flags: { status: 'clear' } })
  })
})

describe('splitByFlags', () => {
  it('splits a selection into flagged (with why), not known yet, and clear', () => {
    const facts = new Map<string, RowFacts>([
      ['a', { flags: { status: 'flagged', flags: [{ kind: 'long-day', date: '2026-11-16', minutes: 800 }] } }],
      ['b', { flags: { status: 'unknown', why: '…' } }],
      ['c', { flags: { status: 'clear' } }],
    ])
    const split = splitByFlags([{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }], facts)
    expect(split).toEqual({
      flagged: [{ item: { key: 'a' }, flags: [{ kind: 'long-day', date: '2026-11-16', minutes: 800 }] }],
      unknown: [{ key: 'b' }, { key: 'd' }],
      clear: [{ key: 'c' }],
    })
  })
})
