import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { invalidateChange } from './changes'
import { contractKeys } from './contracts/queries'
import { memberKeys } from './members/queries'
import { projectKeys } from './projects/queries'
import { reportKeys } from './reports/queries'
import { timeEntryKeys } from './time-tracking/queries'
import { timesheetKeys } from './timesheets/queries'

// What a change makes stale: every read that counts the changed data, narrowed by day and member.

function cacheWith(keys: readonly (readonly unknown[])[]) {
  const queryClient = new QueryClient()
  for (const key of keys) queryClient.setQueryData(key, 'cached')
  return queryClient
}
const invalidated = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => JSON.stringify(q.queryKey))

describe('invalidateChange', () => {
  const filters = {}
  const keys = {
    day: timeEntryKeys.day(1, 7, '2026-11-25'),
    otherMemberDay: timeEntryKeys.day(1, 8, '2026-11-25'),
    timesheets: timesheetKeys.page(1, { page: 1, per_page: 20 }),
    reportHoldingDay: reportKeys.chunk(1, 'tracked-hours', { start: '2026-11-01', end: '2026-11-30' }, filters),
    reportBefore: reportKeys.chunk(1, 'tracked-hours', { start: '2026-10-01', end: '2026-10-31' }, filters),
    weekHoldingDay: contractKeys.week(1, { start_date: '2026-11-23', end_date: '2026-11-29' }),
    weekAfter: contractKeys.week(1, { start_date: '2026-11-30', end_date: '2026-12-06' }),
    projectTracked: projectKeys.tracked(1, 3, { start_date: '2026-11-01', end_date: '2026-11-30' }),
    contractList: contractKeys.list(1, {}),
    members: memberKeys.list(1, {}),
    otherWorkspace: reportKeys.chunk(2, 'tracked-hours', { start: '2026-11-01', end: '2026-11-30' }, filters),
  }

  it('tracked time: the member’s day, timesheets, and the reports, weeks and project totals holding that day', async () => {
    const queryClient = cacheWith(Object.values(keys))
    await invalidateChange(queryClient, { type: 'tracked-time', workspaceId: 1, userId: 7, date: '2026-11-25' })
    expect(invalidated(queryClient).sort()).toEqual(
      [keys.day, keys.timesheets, keys.reportHoldingDay, keys.weekHoldingDay, keys.projectTracked].map((k) => JSON.stringify(k)).sort(),
    )
  })

  it('a member change refreshes members and the contracts that carry their names, nothing else', async () => {
    const queryClient = cacheWith(Object.values(keys))
    await invalidateChange(queryClient, { type: 'member', workspaceId: 1 })
    expect(invalidated(queryClient).sort()).toEqual([keys.members, keys.contractList].map((k) => JSON.stringify(k)).sort())
  })
})
