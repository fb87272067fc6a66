import type { Member } from '@/contract/members'

const MANAGER_ROLES = new Set(['Owner', 'Executive manager', 'Team manager', 'Project manager'])

/** The sum of the members' weekly limits; null when the API left any of them out (unknown, not 0). */
function sumWeeklyLimits(members: Member[]): number | null {
  let sum = 0
  for (const m of members) {
    if (m.weekly_hours_limit === undefined) return null
    sum += m.weekly_hours_limit
  }
  return sum
}

/** The workspace's key figures that API V2 can tell today, from one member list. */
export function memberFigures(members: Member[]) {
  const count = (predicate: (m: Member) => boolean) => members.filter(predicate).length
  return {
    total: members.length,
    active: count((m) => m.status === 'active'),
    inactive: count((m) => m.status === 'inactive'),
    left: count((m) => m.status === 'left'),
    managers: count((m) => MANAGER_ROLES.has(m.current_role)),
    timezones: new Set(members.map((m) => m.timezone).filter(Boolean)).size,
    weeklyLimitHours: sumWeeklyLimits(members.filter((m) => m.status === 'active')),
    /** null when the API hides rates from this caller: unknown, not zero. */
    ratesVisible: members.some((m) => m.rate !== undefined),
    teams: new Set(members.map((m) => m.team_name).filter(Boolean)).size,
  }
}
