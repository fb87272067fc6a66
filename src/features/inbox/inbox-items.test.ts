import { describe, expect, it } from 'vitest'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import { countByKind, mergeInbox, type PendingLeave } from './inbox-items'

const sheet = (id: string, status: Timesheet['status'], submitted: string, name: [string, string], userId: number) =>
  ({
    id,
    status,
    user_id: userId,
    member: { id: userId, name: `${name[0]} ${name[1]}` },
    submitted_on: submitted,
    updated_at: submitted,
    date_from: '2026-11-09',
    date_to: '2026-11-15',
  }) as Timesheet
const request = (id: string, status: TimeRequest['status'], created: string, userId: number) =>
  ({ id, status, user_id: userId, created_at: created, start: '2026-11-20T09:00:00Z', end: '2026-11-20T11:00:00Z' }) as TimeRequest
const leave = (id: string, created: string, userId: number): PendingLeave => ({
  id,
  status: 'pending',
  user_id: userId,
  created_on: created,
  start_date: '2026-12-01',
  end_date: '2026-12-03',
})

const names = new Map([
  [1, 'Zoe Adams'],
  [2, 'Ben Cole'],
])
const sources = {
  timesheets: [sheet('t1', 'submitted', '2026-11-16T10:00:00Z', ['Ava', 'Owens'], 3), sheet('t2', 'approved', '2026-11-17T10:00:00Z', ['X', 'Y'], 4)],
  timeRequests: [request('r1', 'pending', '2026-11-18T10:00:00Z', 1), request('r2', 'rejected', '2026-11-19T10:00:00Z', 1)],
  leaves: [leave('l1', '2026-11-17T10:00:00Z', 2), leave('l2', '2026-11-15T10:00:00Z', 9)],
}

describe('mergeInbox', () => {
  it('keeps only pending decisions, one key per kind and id, newest first', () => {
    const items = mergeInbox(sources, names, 'newest')
    expect(items.map((i) => i.key)).toEqual(['time-request:r1', 'leave:l1', 'timesheet:t1', 'leave:l2'])
    expect(items.find((i) => i.key === 'time-request:r1')).toMatchObject({ memberName: 'Zoe Adams', from: '2026-11-20', to: '2026-11-20' })
    expect(items.find((i) => i.key === 'leave:l2')!.memberName).toBeNull()
  })

  it('groups by member name, unknown names last', () => {
    const items = mergeInbox(sources, names, 'member')
    expect(items.map((i) => i.memberName)).toEqual(['Ava Owens', 'Ben Cole', 'Zoe Adams', null])
  })

  it('keeps items the vendor describes in part: no member (variant A, named from the list), no dates (undated last, by key)', () => {
    const bare = { ...sheet('t3', 'submitted', '2026-11-18T10:00:00Z', ['', ''], 1), member: undefined, submitted_on: undefined, updated_at: undefined }
    const undated = { ...request('r3', 'pending', '2026-11-18T10:00:00Z', 1), user_id: undefined, start: undefined, end: undefined, created_at: undefined }
    const items = mergeInbox({ timesheets: [bare], timeRequests: [undated], leaves: [] }, names, 'newest')
    expect(items).toEqual([
      { key: 'time-request:r3', kind: 'time-request', id: 'r3', userId: undefined, memberName: null, submittedAt: undefined, from: undefined, to: undefined },
      { key: 'timesheet:t3', kind: 'timesheet', id: 't3', userId: 1, memberName: 'Zoe Adams', submittedAt: undefined, from: '2026-11-09', to: '2026-11-15' },
    ])
  })

  it('counts per kind for the sidebar', () => {
    expect(countByKind(mergeInbox(sources, names, 'newest'))).toEqual({ timesheet: 1, 'time-request': 1, leave: 2 })
  })
})
