import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import {
  activityDescriptionsEnvelopeSchema,
  activityLevelEnvelopeSchema,
  dailyAttendanceEnvelopeSchema,
  dailyTimelineEnvelopeSchema,
  taskReportEnvelopeSchema,
  trackedHoursDays,
  trackedHoursEnvelopeSchema,
  type TimelineEntryWire,
} from './reports'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.reports!
const result = parseCorpus(cases, {
  'GET /reports/tracked-hours': trackedHoursEnvelopeSchema,
  'GET /reports/daily-timeline': dailyTimelineEnvelopeSchema,
  'GET /reports/task-report': taskReportEnvelopeSchema,
  'GET /reports/activity-level': activityLevelEnvelopeSchema,
  'GET /reports/daily-attendance': dailyAttendanceEnvelopeSchema,
  'GET (activity descriptions report - path not captured)': activityDescriptionsEnvelopeSchema,
})

describe('reports: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads tracked hours: days in order, minutes, amounts per currency, and a bare-number total', () => {
    const [withRates, withoutRates] = outputsOf(result, 'GET /reports/tracked-hours', trackedHoursEnvelopeSchema)
    const report = withRates!.data
    expect(trackedHoursDays(report).map(([date, day]) => [date, day.users.map((u) => u.total_minutes)])).toEqual([
      ['2024-01-15', [420, 255]],
      ['2024-01-16', [390]],
    ])
    expect(report.days[0]!.users.map((u) => u.total_amount)).toEqual([[{ value: 178.5, currency: 'USD' }], [{ value: 127.5, currency: 'EUR' }]])
    expect(report.total).toEqual({ total_minutes: 1065 })
    expect(withoutRates!.data.days.flatMap((d) => d.users).every((u) => u.total_amount === undefined)).toBe(true)
  })
})

describe('tracked hours: only report_type, start_date, end_date and total are documented', () => {
  const base = { report_type: 'tracked_hours', start_date: '2024-01-15', end_date: '2024-01-21' }

  it('lets keys it does not know pass, and reads a total it cannot read as unknown', () => {
    const report = trackedHoursEnvelopeSchema.parse({
      success: true,
      data: { ...base, total: { hours: '17.75' }, currency: 'USD', generated_by: { id: 1 }, '2024-01-15': { users: [] } },
    }).data
    expect(report.total).toEqual({})
    expect(report.days).toEqual([{ date: '2024-01-15', users: [] }])
  })

  it('reads a day given as its rows, numbers as text, and a missing project or contract as none', () => {
    const report = trackedHoursEnvelopeSchema.parse({
      success: true,
      data: { ...base, total: '60', '2024-01-15': [{ user_id: '7', total_minutes: '60' }] },
    }).data
    expect(report.total.total_minutes).toBe(60)
    expect(report.days[0]!.users).toEqual([{ user_id: 7, project_id: null, contract_id: null, total_minutes: 60 }])
  })

  it('still refuses minutes that are text and a list where a day’s row must be, naming the date', () => {
    const text = trackedHoursEnvelopeSchema.safeParse({
      success: true,
      data: { ...base, total: 0, '2024-01-15': { users: [{ user_id: 7, total_minutes: 'lots' }] } },
    })
    expect(text.error?.issues.map((i) => i.path.join('.'))).toEqual(['data.2024-01-15.users.0.total_minutes'])
    const list = trackedHoursEnvelopeSchema.safeParse({ success: true, data: { ...base, total: 0, '2024-01-16': { users: [[7, 60]] } } })
    expect(list.error?.issues[0]?.path.join('.')).toBe('data.2024-01-16.users.0')
    expect(trackedHoursEnvelopeSchema.safeParse({ success: true, data: { ...base, total: 0, start_date: 'last week' } }).success).toBe(false)
  })
})

describe('daily timeline: tracking methods as text, activity levels as decimals or text', () => {
  const entry: TimelineEntryWire = {
    id: 'e1',
    start: '2026-11-23T09:00:00-05:00',
    end: '2026-11-23T10:30:00-05:00',
    duration_minutes: 90,
    project_id: 7,
    project_name: 'Apollo',
    task_id: null,
    task_name: null,
    contract_id: 70,
    description: 'Design review',
    tracking_method: 'desktop',
    activity_level: 64,
    total_amount: 37.5,
    currency: 'USD',
  }
  const timeline = (entries: unknown[], user: Record<string, unknown> = {}) =>
    dailyTimelineEnvelopeSchema.parse({
      success: true,
      data: {
        report_type: 'daily_timeline',
        date: '2026-11-23',
        timezone: 'America/New_York',
        users: [{ user_id: 1, firstname: 'Ada', lastname: 'Lovelace', entries, ...user }],
      },
      meta: { pagination: { total: 1, per_page: 30, current_page: 1, last_page: 1, from: 1, to: 1 } },
    })

  it('reads the sandbox’s rich answer: names joined, amount with its currency, pagination from meta', () => {
    const answer = timeline([entry], { timezone: 'Europe/London', total_minutes: 90, activity_level: 64 })
    const [user] = answer.data.users
    expect(user).toMatchObject({ user_id: 1, name: 'Ada Lovelace', total_minutes: 90, activity_level: 64 })
    expect(user!.entries[0]).toMatchObject({ tracking_method: 'desktop', total_amount: [{ value: 37.5, currency: 'USD' }], task_name: undefined })
    expect(answer.pagination).toMatchObject({ total: 1, per_page: 30 })
  })

  it('maps the time entries’ method texts to ours and keeps any other raw', () => {
    const methods = ['Desktop tracker', 'Web tracker', 'Manually added time', 'Mobile tracker', 'API', 'constructor', '__proto__']
    const read = timeline(methods.map((tracking_method, i) => ({ ...entry, id: `e${i}`, tracking_method })))
    expect(read.data.users[0]!.entries.map((e) => e.tracking_method)).toEqual(['desktop', 'web', 'manual', 'Mobile tracker', 'api', 'constructor', '__proto__'])
  })

  it('reads a level as a decimal, a numeric string or null (unknown)', () => {
    const levels = timeline([64.5, '71.25', null].map((activity_level, i) => ({ ...entry, id: `e${i}`, activity_level })))
    expect(levels.data.users[0]!.entries.map((e) => e.activity_level)).toEqual([64.5, 71.25, undefined])
  })

  it('reads the time entries’ field names, counts a missing duration and total, and takes users as data itself', () => {
    const { start, end } = entry
    const asTimeEntry = {
      id: 'e9',
      start_time: start,
      end_time: end,
      project_name: 'Apollo',
      task_title: 'Spec',
      activity_description: 'Notes',
      tracking_method: 'Web tracker',
    }
    const answer = dailyTimelineEnvelopeSchema.parse({ success: true, data: [{ user_id: '2', user_name: 'Bo Tan', entries: [asTimeEntry] }] })
    const [user] = answer.data.users
    expect(user).toMatchObject({ user_id: 2, name: 'Bo Tan', total_minutes: 90 })
    expect(user!.entries[0]).toMatchObject({ start, end, duration_minutes: 90, task_name: 'Spec', description: 'Notes' })
    expect(answer.pagination).toBeNull()
  })

  it('still refuses a span without an end and minutes that are text, naming the field', () => {
    const open = { ...entry, end: undefined }
    const noEnd = dailyTimelineEnvelopeSchema.safeParse({ success: true, data: { users: [{ user_id: 1, entries: [open] }] } })
    expect(noEnd.error?.issues.map((i) => i.path.join('.'))).toEqual(['data.users.0.entries.0.end'])
    const text = dailyTimelineEnvelopeSchema.safeParse({ success: true, data: { users: [{ user_id: 1, entries: [{ ...entry, duration_minutes: 'long' }] }] } })
    expect(text.error?.issues.map((i) => i.path.join('.'))).toEqual(['data.users.0.entries.0.duration_minutes'])
  })
})

describe('the other paged reports: what is not sent is unknown', () => {
  const paged = (data: unknown) => ({ success: true, data, pagination: { current_page: 1, per_page: 100, total: 1, last_page: 1 } })

  it('task report: top-level pagination, task_title for the name, no breakdown as none', () => {
    const answer = taskReportEnvelopeSchema.parse(
      paged({ users: [{ user_id: 3, name: 'Cy', tasks_breakdown: [{ task_id: 5, task_title: 'Spec', project_id: 1, total_minutes: 30 }] }] }),
    )
    expect(answer.pagination).toMatchObject({ last_page: 1, from: null })
    const [user] = answer.data.users
    expect(user).toMatchObject({ name: 'Cy', tasks_breakdown: [{ task_id: 5, task_name: 'Spec', total_minutes: 30 }] })
    expect([user!.total_minutes, user!.tasks_breakdown[0]!.project_name]).toEqual([undefined, undefined])
  })

  it('attendance: statuses we do not know kept, minutes unknown when absent, breaks as text', () => {
    const answer = dailyAttendanceEnvelopeSchema.parse(
      paged([{ user_id: 4, statuses: ['Present', 'Remote'], breaks: ['14:30 - 15:25'], arrival: '2026-11-23 09:05:00' }]),
    )
    const [user] = answer.data.users
    expect(user).toMatchObject({ name: 'Member #4', statuses: ['Present', 'Remote'], arrival: '2026-11-23T09:05:00Z', breaks: ['14:30 - 15:25'] })
    expect([user!.tracked_minutes, user!.late_minutes, user!.departure]).toEqual([undefined, undefined, undefined])
  })

  it('activity descriptions: a description of null is time without one', () => {
    const answer = activityDescriptionsEnvelopeSchema.parse(paged({ users: [{ user_id: 5, descriptions: [{ description: null, total_minutes: '15' }] }] }))
    expect(answer.data.users[0]!.descriptions).toEqual([{ description: undefined, total_minutes: 15, dates: [] }])
  })

  it('still refuses a list where the report object must be, naming the field', () => {
    const wrong = activityLevelEnvelopeSchema.safeParse({ success: true, data: { users: { user_id: 1 } } })
    expect(wrong.error?.issues[0]?.path).toEqual(['data', 'users'])
  })
})
