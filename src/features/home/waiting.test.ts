import { describe, expect, it } from 'vitest'
import { countPhrase, oldestText, summarizeQueue } from './waiting'

const now = Date.parse('2026-12-02T10:00:00Z')
const page = (rows: { at?: string }[], total?: number) => ({
  data: rows,
  pagination: total === undefined ? null : { total, per_page: 100, current_page: 1, last_page: 1, from: 1, to: rows.length },
})
const summary = (rows: { at?: string }[], { total, more = false }: { total?: number; more?: boolean } = {}) =>
  summarizeQueue('time-request', { pages: [page(rows, total)], pageParams: [1] }, more, (row) => row.at, now)

describe('waiting queues', () => {
  it('counts from the vendor’s total and ages the oldest in whole days', () => {
    const s = summary([{ at: '2026-11-29T09:00:00Z' }, { at: '2026-11-25T11:00:00Z' }, {}], { total: 3 })
    expect(s).toMatchObject({ count: { total: 3, atLeast: false }, oldestDays: 6, oldestAtLeast: false })
    expect(oldestText(s)).toBe('oldest: 6 days')
    expect(countPhrase('time-request', s.count)).toBe('3 time requests')
  })

  it('says "today" and "1 day", and one of each kind in the singular', () => {
    expect(oldestText(summary([{ at: '2026-12-02T08:00:00Z' }], { total: 1 }))).toBe('oldest: today')
    expect(oldestText(summary([{ at: '2026-12-01T08:00:00Z' }], { total: 1 }))).toBe('oldest: 1 day')
    expect(countPhrase('time-request', { total: 1, atLeast: false })).toBe('1 time request')
    expect(countPhrase('leave', { total: 1, atLeast: false })).toBe('1 leave request')
  })

  it('gives lower bounds while pages remain unread, and nothing for an empty queue', () => {
    const partial = summary([{ at: '2026-11-30T09:00:00Z' }], { more: true })
    expect(partial.count).toEqual({ total: 1, atLeast: true })
    expect(oldestText(partial)).toBe('oldest: 2+ days')
    expect(countPhrase('timesheet', partial.count)).toBe('1+ timesheets')
    expect(oldestText(summary([], { total: 0 }))).toBeNull()
    expect(oldestText(summary([{}], { total: 1 }))).toBeNull()
  })
})
