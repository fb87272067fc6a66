import { describe, expect, it } from 'vitest'
import { leaveRequestSchema, type LeaveRequestWire } from '@/contract/leaves'
import { leavesStartingSoon, startsIn } from './away-soon'

const leave = (wire: Partial<LeaveRequestWire>) => leaveRequestSchema.parse({ id: 'l', status: 'approved', ...wire })

describe('away soon', () => {
  it('keeps approved leave that starts within the window, soonest first', () => {
    const soon = leavesStartingSoon(
      [
        leave({ id: 'later', start_date: '2026-12-08' }),
        leave({ id: 'today', start_date: '2026-12-02' }),
        leave({ id: 'under-way', start_date: '2026-12-01', end_date: '2026-12-05' }),
        leave({ id: 'beyond', start_date: '2026-12-10' }),
        leave({ id: 'pending', status: 'pending', start_date: '2026-12-03' }),
        leave({ id: 'no-date' }),
      ],
      { from: '2026-12-02', to: '2026-12-09' },
    )
    expect(soon.map((l) => l.id)).toEqual(['today', 'later'])
  })

  it('says when it starts in words', () => {
    expect(['2026-12-02', '2026-12-03', '2026-12-07'].map((d) => startsIn(d, '2026-12-02'))).toEqual(['today', 'tomorrow', 'in 5 days'])
  })
})
