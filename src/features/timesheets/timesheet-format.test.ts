import { describe, expect, it } from 'vitest'
import { memberName, notBillableLabel, submissionActions, timesheetStatusLabel, timesheetStatusTone } from './timesheet-format'

describe('timesheet labels', () => {
  it('reads pending (variant A: open) as "Not submitted", and an unknown status raw and neutral', () => {
    expect(['pending', 'submitted', 'approved', 'rejected', 'on hold'].map(timesheetStatusLabel)).toEqual([
      'Not submitted',
      'Submitted',
      'Approved',
      'Rejected',
      'on hold',
    ])
    expect(timesheetStatusTone('on hold')).toBe('neutral')
  })

  it('names the member from the timesheet, else from the member list, else by id', () => {
    const names = new Map([[7, 'Ava Owens']])
    expect(memberName({ member: { id: 7, name: 'John Smith' }, user_id: 7 }, names)).toBe('John Smith')
    expect(memberName({ member: undefined, user_id: 7 }, names)).toBe('Ava Owens')
    expect(memberName({ member: undefined, user_id: 8 }, names)).toBe('Member #8')
  })

  it('says "Not billable" for an amount of 0 only where time was tracked', () => {
    expect(notBillableLabel({ total_minutes: 90 })).toBe('Not billable')
    expect(notBillableLabel({ total_minutes: 0 })).toBeUndefined()
    expect(notBillableLabel({ total_minutes: undefined })).toBeUndefined()
  })
})

describe('submission actions', () => {
  it('follows the state machine: submit from pending or rejected, unsubmit from submitted', () => {
    expect(submissionActions('pending')).toEqual({ canSubmit: true, canUnsubmit: false })
    expect(submissionActions('rejected')).toEqual({ canSubmit: true, canUnsubmit: false })
    expect(submissionActions('submitted')).toEqual({ canSubmit: false, canUnsubmit: true })
    expect(submissionActions('approved')).toEqual({ canSubmit: false, canUnsubmit: false })
  })
})
