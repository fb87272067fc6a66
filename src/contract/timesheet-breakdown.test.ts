import { describe, expect, it } from 'vitest'
import { breakdownGrid } from './timesheet-breakdown'

describe('timesheet breakdown grid', () => {
  const grid = breakdownGrid({
    date_from: '2026-11-16',
    date_to: '2026-11-22',
    daily_breakdown: {
      '2026-11-16': [{ project_id: 2, project_name: 'Website', contract_id: 10, total_minutes: 300 }],
      '2026-11-19': [
        { project_id: 1, project_name: 'Apps', contract_id: 11, total_minutes: 60 },
        { project_id: 2, project_name: 'Website', contract_id: 10, total_minutes: 120, total_amount: [{ value: 90, currency: null }] },
      ],
    },
  })

  it('has every day of the period and one column per project, by name', () => {
    expect(grid.days).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'])
    expect(grid.projects.map((p) => p.name)).toEqual(['Apps', 'Website'])
  })

  it('totals by day, by project and overall', () => {
    expect(grid.minutes('2026-11-19', 'p2')).toBe(120)
    expect(grid.minutes('2026-11-17', 'p2')).toBe(0)
    expect(grid.dayTotal('2026-11-19')).toBe(180)
    expect(grid.projectTotal('p2')).toBe(420)
    expect(grid.total).toBe(480)
  })

  it('has the days and no projects when the vendor sent no breakdown (variant A)', () => {
    const bare = breakdownGrid({ date_from: '2026-11-16', date_to: '2026-11-17', daily_breakdown: undefined })
    expect([bare.days, bare.projects, bare.total]).toEqual([['2026-11-16', '2026-11-17'], [], 0])
  })
})
