import { describe, expect, it } from 'vitest'
import { activityLevelReportSchema, taskReportSchema, trackedHoursReportSchema } from '@/contract/reports'
import { activityBand, activityRows, addMoney, bucketRows, chartBucket, projectTotals, taskRows, trackedHoursView } from './report-aggregation'

// Inputs are written as the wire sends them and read through the contract, as the app does.

const tracked = (days: Record<string, [user: number, project: number | null, minutes: number][]>) => {
  const dates = Object.keys(days).sort()
  return trackedHoursReportSchema.parse({
    report_type: 'tracked_hours',
    start_date: dates[0]!,
    end_date: dates.at(-1)!,
    total: { total_minutes: 0 },
    ...Object.fromEntries(
      Object.entries(days).map(([date, rows]) => [
        date,
        { users: rows.map(([user_id, project_id, total_minutes]) => ({ user_id, project_id, contract_id: null, total_minutes })) },
      ]),
    ),
  })
}

describe('trackedHoursView', () => {
  const chunks = [
    tracked({
      '2026-11-01': [
        [1, 10, 60],
        [2, 10, 30],
      ],
      '2026-11-02': [],
    }),
    tracked({
      '2026-11-03': [
        [1, 11, 120],
        [1, null, 15],
      ],
    }),
  ]

  it('stacks by project across chunks, biggest series first', () => {
    const view = trackedHoursView(chunks, 'project', (k) => k.toUpperCase())
    expect(view.days).toEqual([{ date: '2026-11-01', p10: 90 }, { date: '2026-11-02' }, { date: '2026-11-03', p11: 120, pnone: 15 }])
    expect(view.totals).toEqual([
      { key: 'p11', label: 'P11', minutes: 120 },
      { key: 'p10', label: 'P10', minutes: 90 },
      { key: 'pnone', label: 'PNONE', minutes: 15 },
    ])
    expect(view.totalMinutes).toBe(225)
  })

  it('stacks by member', () => {
    const view = trackedHoursView(chunks, 'member', (k) => k)
    expect(view.totals.map((t) => [t.key, t.minutes])).toEqual([
      ['u1', 195],
      ['u2', 30],
    ])
    expect(view.totalAmounts).toBeUndefined()
  })

  it('adds up the amounts the API sent per currency, with 0 for time that earned nothing', () => {
    const report = trackedHoursReportSchema.parse({
      report_type: 'tracked_hours',
      start_date: '2026-11-02',
      end_date: '2026-11-03',
      total: { total_minutes: 0 },
      '2026-11-02': {
        users: [
          { user_id: 1, project_id: 10, total_minutes: 60, total_amount: { USD: 50 } },
          { user_id: 1, project_id: 12, total_minutes: 30, total_amount: { USD: 0 } },
        ],
      },
      '2026-11-03': { users: [{ user_id: 1, project_id: 10, total_minutes: 60, total_amount: { USD: 50, EUR: 10 } }] },
    })
    const view = trackedHoursView([report], 'project', (k) => k)
    expect(view.totals.map((t) => [t.key, t.amounts])).toEqual([
      [
        'p10',
        [
          { value: 100, currency: 'USD' },
          { value: 10, currency: 'EUR' },
        ],
      ],
      ['p12', [{ value: 0, currency: 'USD' }]],
    ])
    expect(view.totalAmounts).toEqual([
      { value: 100, currency: 'USD' },
      { value: 10, currency: 'EUR' },
    ])
  })
})

describe('charting long ranges', () => {
  it('charts by day up to about two months, by week beyond, by month beyond about nine', () => {
    expect(chartBucket({ start: '2026-10-01', end: '2026-11-30' })).toBe('day')
    expect(chartBucket({ start: '2026-09-01', end: '2026-11-30' })).toBe('week')
    expect(chartBucket({ start: '2026-03-02', end: '2026-11-30' })).toBe('week') // 274 days
    expect(chartBucket({ start: '2026-01-01', end: '2026-11-30' })).toBe('month')
  })

  it('sums days into Monday weeks and calendar months', () => {
    const days: ({ date: string } & Record<string, number | string>)[] = [
      { date: '2026-11-29', p1: 60 },
      { date: '2026-11-30', p1: 30, p2: 15 },
      { date: '2026-12-01', p2: 45 },
    ]
    expect(bucketRows(days, 'week')).toEqual([
      { date: '2026-11-23', p1: 60 },
      { date: '2026-11-30', p1: 30, p2: 60 },
    ])
    expect(bucketRows(days, 'month')).toEqual([
      { date: '2026-11-01', p1: 90, p2: 15 },
      { date: '2026-12-01', p2: 45 },
    ])
    expect(bucketRows(days, 'day')).toEqual(days)
  })

  it('adds money per currency, keeping an amount without one apart', () => {
    expect(
      addMoney(
        [{ value: 1.1, currency: 'USD' }],
        [
          { value: 2.2, currency: 'USD' },
          { value: 3, currency: null },
        ],
      ),
    ).toEqual([
      { value: 3.3, currency: 'USD' },
      { value: 3, currency: null },
    ])
  })
})

const activityChunk = (users: [id: number, minutes: number, level: number | string | null, days: number][]) =>
  activityLevelReportSchema.parse({
    report_type: 'activity_level',
    start_date: '2026-11-01',
    end_date: '2026-11-30',
    overall: { total_minutes: 0, activity_level: null, users_tracked: 0, users_total: 0 },
    users: users.map(([user_id, total_minutes, activity_level, days_tracked]) => ({
      user_id,
      firstname: 'M',
      lastname: String(user_id),
      days: {},
      overall: { total_minutes, activity_level, days_tracked },
    })),
  })

describe('activityRows', () => {
  it('weights each chunk by its minutes and keeps "no time" unknown', () => {
    const rows = activityRows([
      activityChunk([
        [1, 100, 80, 2],
        [2, 0, null, 0],
      ]),
      activityChunk([
        [1, 300, 40, 3],
        [2, 0, null, 0],
      ]),
    ])
    expect(rows).toEqual([
      { userId: 1, name: 'M 1', minutes: 400, level: 50, daysTracked: 5 },
      { userId: 2, name: 'M 2', minutes: 0, level: null, daysTracked: 0 },
    ])
  })

  it("reads decimal and text levels, and derives a member's figures from the days when `overall` is missing", () => {
    const withoutOverall = activityLevelReportSchema.parse({
      users: [
        {
          user_id: 3,
          name: 'Cy Days',
          days: { '2026-11-02': { total_minutes: 60, activity_level: 72.5 }, '2026-11-03': { total_minutes: '180', activity_level: '40' } },
        },
      ],
    })
    expect(activityRows([activityChunk([[1, 60, '72.5', 1]]), withoutOverall])).toEqual([
      { userId: 1, name: 'M 1', minutes: 60, level: 73, daysTracked: 1 },
      // (60 × 72.5 + 180 × 40) / 240 = 48.1
      { userId: 3, name: 'Cy Days', minutes: 240, level: 48, daysTracked: 2 },
    ])
  })

  it('shows a level sent without its minutes, and unknown figures as unknown', () => {
    const bare = activityLevelReportSchema.parse({ users: [{ user_id: 4, overall: { activity_level: 55 } }] })
    expect(activityRows([bare])).toEqual([{ userId: 4, name: 'Member #4', minutes: null, level: 55, daysTracked: null }])
  })

  it('bands levels', () => {
    expect([activityBand(null), activityBand(39), activityBand(40), activityBand(69), activityBand(70)]).toEqual([null, 'low', 'medium', 'medium', 'high'])
  })
})

describe('taskRows', () => {
  const task = (task_id: number | null, project_id: number, total_minutes: number) => ({
    task_id,
    task_name: task_id ? `T${task_id}` : null,
    project_id,
    project_name: `P${project_id}`,
    total_minutes,
  })
  const chunk = taskReportSchema.parse({
    report_type: 'task_report',
    start_date: '2026-11-01',
    end_date: '2026-11-30',
    users: [
      { user_id: 1, firstname: 'A', lastname: 'B', total_minutes: 0, daily_breakdown: {}, tasks_breakdown: [task(5, 1, 30), task(null, 1, 10)] },
      { user_id: 2, firstname: 'C', lastname: 'D', total_minutes: 0, daily_breakdown: {}, tasks_breakdown: [task(5, 1, 45), task(6, 2, 20)] },
    ],
  })

  it('sums a task over members and chunks; time without a task is its own row', () => {
    const rows = taskRows([chunk, chunk])
    expect(rows).toEqual([
      { project: 'P1', task: 'T5', minutes: 150 },
      { project: 'P2', task: 'T6', minutes: 40 },
      { project: 'P1', task: 'No task', minutes: 20 },
    ])
    expect(projectTotals(rows)).toEqual([
      { project: 'P1', minutes: 170 },
      { project: 'P2', minutes: 40 },
    ])
  })
})
