import { describe, expect, it } from 'vitest'
import type { Contract } from '@/contract/contracts'
import type { Timesheet } from '@/contract/timesheets'
import { contractUsage, timesheetFlags } from './timesheet-flags'

const contract = (id: number, weeklyHours: number | null) => ({ id, weekly_hours_limit: weeklyHours, project_name: `P${id}` }) as Contract
const contracts = new Map([
  [1, contract(1, 20)],
  [2, contract(2, 40)],
])

function timesheet(days: Record<string, [contractId: number | null, minutes: number][]>): Timesheet {
  return {
    id: 't1',
    user_id: 7,
    member: { id: 7, name: 'A B', email: 'a@b.test' },
    date_from: '2026-11-16',
    date_to: '2026-11-22',
    total_minutes: 0,
    submitted_on: undefined,
    reject_reason: undefined,
    status: 'submitted',
    daily_breakdown: Object.fromEntries(
      Object.entries(days).map(([date, entries]) => [
        date,
        entries.map(([contractId, total_minutes]) => {
          const id = contractId ?? undefined
          return { contract_id: id, total_minutes, project_id: id, project_name: id ? `P${id}` : undefined }
        }),
      ]),
    ),
    created_at: '2026-11-16T00:00:00Z',
    updated_at: '2026-11-16T00:00:00Z',
  }
}

describe('timesheetFlags', () => {
  it('finds nothing in an ordinary week', () => {
    expect(
      timesheetFlags(
        timesheet({
          '2026-11-16': [[2, 480]],
          '2026-11-17': [
            [1, 240],
            [2, 240],
          ],
        }),
        contracts,
        new Set(),
      ),
    ).toEqual([])
  })

  it('flags a day over 12 hours, counting every contract of that day', () => {
    const flags = timesheetFlags(
      timesheet({
        '2026-11-17': [
          [1, 300],
          [2, 450],
        ],
      }),
      contracts,
      new Set(),
    )
    expect(flags).toEqual([{ kind: 'long-day', date: '2026-11-17', minutes: 750 }])
  })

  it('flags a contract whose week runs over its weekly limit, and not one within it', () => {
    const days = Object.fromEntries(['16', '17', '18'].map((d) => [`2026-11-${d}`, [[1, 420] as [number, number]]]))
    const flags = timesheetFlags(timesheet(days), contracts, new Set())
    expect(flags).toEqual([{ kind: 'over-limit', contractId: 1, projectName: 'P1', week: '2026-11-16', minutes: 1260, limitMinutes: 1200 }])
  })

  it('flags time tracked on a day of approved leave', () => {
    const flags = timesheetFlags(timesheet({ '2026-11-18': [[2, 60]], '2026-11-19': [] }), contracts, new Set(['2026-11-18', '2026-11-19']))
    expect(flags).toEqual([{ kind: 'on-leave', date: '2026-11-18', minutes: 60 }])
  })

  it('ignores limits of contracts the caller cannot see', () => {
    expect(timesheetFlags(timesheet({ '2026-11-16': [[99, 700]] }), contracts, new Set())).toEqual([])
  })

  it('finds nothing to flag in a timesheet without a breakdown (variant A)', () => {
    expect(timesheetFlags({ ...timesheet({}), daily_breakdown: undefined }, contracts, new Set(['2026-11-16']))).toEqual([])
  })
})

describe('contractUsage', () => {
  it('totals minutes per contract against the weekly limit, largest first', () => {
    const usage = contractUsage(
      timesheet({
        '2026-11-16': [
          [1, 60],
          [2, 300],
        ],
        '2026-11-17': [
          [1, 90],
          [null, 30],
        ],
      }),
      contracts,
    )
    expect(usage).toEqual([
      { contractId: 2, projectName: 'P2', minutes: 300, limitMinutes: 2400 },
      { contractId: 1, projectName: 'P1', minutes: 150, limitMinutes: 1200 },
      { contractId: null, projectName: null, minutes: 30, limitMinutes: null },
    ])
  })
})
