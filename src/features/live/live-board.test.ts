import { describe, expect, it } from 'vitest'
import { timelineUserSchema, type TimelineEntry, type TimelineUser } from '@/contract/reports'
import { member } from '@/testing/factories'
import { buildBoard, type BoardInput } from './live-board'

const NOW = Date.parse('2026-11-23T15:00:00Z')
const DATE = '2026-11-23'
const utc = member({ id: 1, timezone: 'UTC', weekly_hours_limit: 0 })

const entry = (start: string, end: string, method: TimelineEntry['tracking_method'] = 'web'): TimelineEntry => ({
  id: start,
  start,
  end,
  duration_minutes: (Date.parse(end) - Date.parse(start)) / 60_000,
  project_id: 7,
  project_name: 'Apollo',
  task_name: undefined,
  contract_id: 70,
  description: 'Design review',
  tracking_method: method,
  activity_level: 50,
  total_amount: undefined,
})
const timelineUser = (entries: TimelineEntry[]): TimelineUser => ({
  user_id: 1,
  name: 'Ada Person1',
  timezone: 'UTC',
  total_minutes: entries.reduce((s, e) => s + e.duration_minutes, 0),
  activity_level: 50,
  total_amount: undefined,
  entries,
})

const input = (over: Partial<BoardInput>): BoardInput => ({
  now: NOW,
  members: [utc],
  contracts: [],
  approvedLeaves: [],
  timeline: new Map(),
  currents: new Map(),
  weekMinutesByContract: new Map(),
  ...over,
})

describe('live board rows', () => {
  it('estimates the start from current-data and the timeline, and flags a tracker past 10 hours', () => {
    const morning = entry('2026-11-23T03:00:00Z', '2026-11-23T04:00:00Z')
    const [row] = buildBoard(
      input({
        timeline: new Map([[1, { user: timelineUser([morning]), date: DATE, fetchedAt: NOW }]]),
        // 60 finished minutes + 10 h 30 min running.
        currents: new Map([
          [1, { checkedAt: NOW, data: { user_id: 1, activity_description: 'Night shift', total_minutes: 60 + 630, total_seconds: 5, date: DATE } }],
        ]),
      }),
    )
    expect(row!.state).toBe('tracking')
    expect(row!.startedAt).toBe(NOW - (630 * 60 + 5) * 1000)
    expect(row!.flags.map((f) => f.kind)).toEqual(['long-running'])
  })

  it('shows a recent desktop entry as desktop tracking, an older one as idle', () => {
    const recent = entry('2026-11-23T13:00:00Z', '2026-11-23T14:55:00Z', 'desktop')
    const board = (e: TimelineEntry) => buildBoard(input({ timeline: new Map([[1, { user: timelineUser([e]), date: DATE, fetchedAt: NOW }]]) }))[0]!
    expect(board(recent).state).toBe('desktop')
    expect(board(entry('2026-11-23T09:00:00Z', '2026-11-23T12:00:00Z', 'desktop')).state).toBe('idle')
  })

  it('counts today from the finished minutes and a known start when current-data sent no total (a clock-in here)', () => {
    const morning = entry('2026-11-23T03:00:00Z', '2026-11-23T04:00:00Z')
    const [row] = buildBoard(
      input({
        timeline: new Map([[1, { user: timelineUser([morning]), date: DATE, fetchedAt: NOW }]]),
        currents: new Map([[1, { checkedAt: NOW, startedAt: NOW - 600_000, data: { user_id: 1 } }]]),
      }),
    )
    expect(row).toMatchObject({ state: 'tracking', startedAt: NOW - 600_000, todaySeconds: 3600 + 600 })
  })

  it('reads the vendor’s "Desktop tracker" text as the desktop app', () => {
    const [recent] = timelineUserSchema.parse({
      user_id: 1,
      entries: [{ start: '2026-11-23T13:00:00Z', end: '2026-11-23T14:55:00Z', tracking_method: 'Desktop tracker' }],
    }).entries
    const [row] = buildBoard(input({ timeline: new Map([[1, { user: timelineUser([recent!]), date: DATE, fetchedAt: NOW }]]) }))
    expect(row!.state).toBe('desktop')
  })

  it('groups members on approved leave, and flags one tracking anyway', () => {
    const leave = { id: 'l1', user_id: 1, status: 'approved' as const, start_date: '2026-11-20', end_date: '2026-11-24' }
    expect(buildBoard(input({ approvedLeaves: [leave] }))[0]!.state).toBe('on-leave')
    const tracking = buildBoard(
      input({
        approvedLeaves: [leave],
        currents: new Map([[1, { checkedAt: NOW, data: { user_id: 1, total_minutes: 5, total_seconds: 0, date: DATE } }]]),
      }),
    )[0]!
    expect(tracking.state).toBe('tracking')
    expect(tracking.flags.map((f) => f.kind)).toEqual(['on-leave'])
  })

  it('leaves out project viewers and inactive members; not started means no time today', () => {
    const rows = buildBoard(input({ members: [utc, member({ id: 2, current_role: 'Project viewer' }), member({ id: 3, status: 'inactive' })] }))
    expect(rows.map((r) => [r.member.id, r.state])).toEqual([[1, 'not-started']])
  })
})
