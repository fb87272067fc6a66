import { describe, expect, it } from 'vitest'
import { member } from '@/testing/factories'
import { formatRate, formatWeeklyLimit } from './member-format'
import { memberFigures } from './member-figures'

describe('member figures', () => {
  it('counts statuses, managers and teams', () => {
    const figures = memberFigures([
      member({ id: 1, current_role: 'Owner', team_name: 'Core', rate: 50, rate_type: 'hourly' }),
      member({ id: 2, status: 'inactive', team_name: 'Core' }),
      member({ id: 3, status: 'left', current_role: 'Team manager', team_name: 'Ops', timezone: 'Asia/Yerevan' }),
    ])
    expect(figures).toMatchObject({ total: 3, active: 1, inactive: 1, left: 1, managers: 2, teams: 2, timezones: 2, ratesVisible: true })
  })

  it('leaves the weekly limit total unknown when WebWork did not send a member’s limit', () => {
    expect(memberFigures([member({ weekly_hours_limit: 40 }), member({ id: 2, weekly_hours_limit: 20 })]).weeklyLimitHours).toBe(60)
    expect(memberFigures([member({ weekly_hours_limit: 40 }), member({ id: 2, weekly_hours_limit: undefined })]).weeklyLimitHours).toBeNull()
    expect(formatWeeklyLimit(undefined)).toBe('—')
    expect([formatWeeklyLimit(40), formatWeeklyLimit(168)]).toEqual(['40 h', 'No limit'])
  })

  it('treats a missing rate as hidden, not zero', () => {
    expect(formatRate(member())).toBeNull()
    expect(formatRate(member({ rate: 0, rate_type: 'hourly' }))).toBe('0.00 / h')
    expect(memberFigures([member()]).ratesVisible).toBe(false)
  })
})
