import { describe, expect, it } from 'vitest'
import { contractSchema } from '@/contract/contracts'
import { timelineUserSchema, type TimelineUserWire } from '@/contract/reports'
import { member } from '@/testing/factories'
import { workingMembers } from './use-working-now'

const now = Date.parse('2026-12-02T10:00:00Z')
const minutesAgo = (m: number) => new Date(now - m * 60_000).toISOString()
const user = (id: number, entries: TimelineUserWire['entries']) => timelineUserSchema.parse({ user_id: id, name: `Timeline ${id}`, entries })

describe('who works now, from what is known', () => {
  it('takes the trackers current-data saw and the desktop sessions the timeline shows ending moments ago', () => {
    const working = workingMembers({
      now,
      members: [member({ id: 1, firstname: 'Ava', lastname: 'Owens' }), member({ id: 2, firstname: 'Ben', lastname: 'Stone' })],
      contracts: [contractSchema.parse({ id: 10, project_id: 50, project_name: 'Website', user_id: 2 })],
      currents: new Map([
        [2, { data: { contract_id: 10, task_title: 'Forms' }, checkedAt: now }],
        [3, { data: null, checkedAt: now }],
      ]),
      timeline: [
        user(1, [{ start: minutesAgo(90), end: minutesAgo(4), project_name: 'Brand', tracking_method: 'desktop' }]),
        // Ben's desktop session ended too, but current-data sees his tracker: that wins.
        user(2, [{ start: minutesAgo(60), end: minutesAgo(2), tracking_method: 'desktop' }]),
        user(4, [{ start: minutesAgo(60), end: minutesAgo(30), tracking_method: 'desktop' }]),
        user(5, [{ start: minutesAgo(10), end: minutesAgo(1), tracking_method: 'web' }]),
        user(6, [{ start: minutesAgo(20), end: minutesAgo(5), tracking_method: 'desktop' }]),
      ],
    })
    expect(working).toEqual([
      { userId: 1, name: 'Ava Owens', initials: 'AO', projectName: 'Brand', taskName: undefined, source: 'desktop' },
      { userId: 2, name: 'Ben Stone', initials: 'BS', projectName: 'Website', taskName: 'Forms', source: 'tracker' },
      { userId: 6, name: 'Timeline 6', initials: 'T', projectName: undefined, taskName: undefined, source: 'desktop' },
    ])
  })
})
