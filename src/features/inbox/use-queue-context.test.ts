import { describe, expect, it } from 'vitest'
import type { InboxItem } from './inbox-items'
import { queueSpan } from './use-queue-context'

const item = (kind: InboxItem['kind'], from?: string, to?: string) => ({ key: `${kind}:${from}`, kind, id: '1', memberName: null, from, to }) as InboxItem

describe('queueSpan', () => {
  it('covers the timesheets and time requests, not the leaves (they are not checked against leave)', () => {
    const items = [
      item('timesheet', '2026-11-09', '2026-11-15'),
      item('time-request', '2026-10-02', '2026-10-02'),
      item('leave', '2026-12-20', '2026-12-31'),
      item('time-request'),
    ]
    expect(queueSpan(items)).toEqual({ date_from: '2026-10-02', date_to: '2026-11-15' })
    expect(queueSpan([item('leave', '2026-12-20')])).toBeUndefined()
  })
})
