import { describe, expect, it } from 'vitest'
import type { Project } from '@/contract/projects'
import { trackedHoursReportSchema } from '@/contract/reports'
import { filterProjects, projectsSearchSchema } from './projects-search'
import { projectLifeRange, projectUsage, timeUsedLabel } from './project-usage'

const project = (id: number, name: string, status: 0 | 1) => ({ id, name, status }) as Project

describe('projects URL state', () => {
  it('falls back to active projects on a bad link', () => {
    expect(projectsSearchSchema.parse({ status: 'nope' })).toEqual({
      status: 'active',
    })
    expect(projectsSearchSchema.parse({ q: ' web ', status: 'all' })).toEqual({
      q: 'web',
      status: 'all',
    })
  })

  it('filters by status and a part of the name, case-insensitively', () => {
    const list = [project(1, 'Website Redesign', 1), project(2, 'Old Web', 0), project(3, 'Mobile', 1)]
    expect(filterProjects(list, { q: 'web', status: 'active' }).map((p) => p.id)).toEqual([1])
    expect(filterProjects(list, { q: 'WEB', status: 'all' }).map((p) => p.id)).toEqual([2, 1])
    expect(filterProjects(list, { status: 'archived' }).map((p) => p.id)).toEqual([2])
  })
})

describe('project usage', () => {
  it('counts from the start date, else the creation day, and says which', () => {
    const today = '2026-11-23'
    const started = projectLifeRange({ start_date: '2026-01-10', created_at: '2025-12-01T00:00:00Z' }, today)
    expect(started.range).toEqual({ start_date: '2026-01-10', end_date: today })
    expect(timeUsedLabel(started, today)).toBe('Time used since the start date, Jan 10, 2026')
    const created = projectLifeRange({ start_date: undefined, created_at: '2025-12-01T09:00:00Z' }, today)
    expect(created.range.start_date).toBe('2025-12-01')
    expect(timeUsedLabel(created, today)).toBe('Time used since it was created, Dec 1, 2025 (no start date)')
    const unknown = projectLifeRange({ start_date: undefined, created_at: undefined }, today)
    expect(unknown.range.start_date).toBe('2025-11-23')
    expect(timeUsedLabel(unknown, today)).toBe('Time used in the last 12 months (no start date)')
    const upcoming = projectLifeRange({ start_date: '2027-01-01', created_at: undefined }, today)
    expect(upcoming.range.start_date).toBe(today)
    expect(timeUsedLabel(upcoming, today)).toBe('Time used (starts Jan 1, 2027)')
  })

  it('sums minutes and money against the estimation and budget', () => {
    const report = trackedHoursReportSchema.parse({
      report_type: 'tracked_hours',
      start_date: '2026-11-23',
      end_date: '2026-11-24',
      total: { total_minutes: 600, total_amount: { USD: 500 } },
      '2026-11-23': {
        users: [{ user_id: 1, project_id: 9, contract_id: 3, total_minutes: 240 }],
      },
      '2026-11-24': {
        users: [{ user_id: 2, project_id: 9, contract_id: 4, total_minutes: 360 }],
      },
    })
    expect(projectUsage({ estimation: 20, budget_estimation: 1000 }, report)).toEqual({
      minutes: 600,
      amount: 500,
      currency: 'USD',
      estimationShare: 0.5,
      budgetShare: 0.5,
    })
    expect(projectUsage({ estimation: undefined, budget_estimation: undefined }, { ...report, total: { total_minutes: 600 } })).toMatchObject({
      amount: null,
      estimationShare: null,
    })
  })
})
