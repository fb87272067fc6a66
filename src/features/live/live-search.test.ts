import { describe, expect, it } from 'vitest'
import { member as buildMember } from '@/testing/factories'
import { liveSearchSchema, matchesLiveFilters, memberDaySearchSchema } from './live-search'

describe('live URL state', () => {
  it('drops unreadable filters instead of failing', () => {
    expect(liveSearchSchema.parse({ project: 'x', team: '', role: 'Boss' })).toEqual({})
    expect(liveSearchSchema.parse({ project: '12', team: 'Design', role: 'Team manager' })).toEqual({ project: 12, team: 'Design', role: 'Team manager' })
    expect(memberDaySearchSchema.parse({ date: '23/11' })).toEqual({})
  })

  it('matches project, team and role together', () => {
    const member = buildMember({ team_name: 'Design', current_role: 'Regular User' })
    const row = { member, projectIds: [3, 4] }
    expect(matchesLiveFilters(row, {})).toBe(true)
    expect(matchesLiveFilters(row, { project: 4, team: 'Design', role: 'Regular User' })).toBe(true)
    expect(matchesLiveFilters(row, { project: 5 })).toBe(false)
    expect(matchesLiveFilters(row, { team: 'Sales' })).toBe(false)
    expect(matchesLiveFilters(row, { role: 'Team manager' })).toBe(false)
  })
})
