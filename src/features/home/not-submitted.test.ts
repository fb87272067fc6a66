import { describe, expect, it } from 'vitest'
import { timesheetSchema, type TimesheetWire } from '@/contract/timesheets'
import { member } from '@/testing/factories'
import { copyListText, notSubmittedRows } from './not-submitted'

const timesheet = (wire: Partial<TimesheetWire>) => timesheetSchema.parse({ id: 'ts', date_from: '2026-11-23', date_to: '2026-11-29', status: 'open', ...wire })

describe('not submitted', () => {
  it('names each member from the timesheet, else the member list, else says who is unknown', () => {
    const rows = notSubmittedRows(
      [timesheet({ id: 'a', user_id: 7, member: 'Zoe Quinn' }), timesheet({ id: 'b', user_id: 2 }), timesheet({ id: 'c', user_id: 99 })],
      new Map([[2, member({ id: 2, firstname: 'Ben', lastname: 'Stone', email: 'ben@acme.test' })]]),
    )
    expect(rows.map((r) => [r.timesheetId, r.name, r.email])).toEqual([
      ['b', 'Ben Stone', 'ben@acme.test'],
      ['c', 'Member #99', null],
      ['a', 'Zoe Quinn', null],
    ])
    expect(copyListText(rows)).toBe('Ben Stone <ben@acme.test>\nMember #99\nZoe Quinn')
  })
})
