import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { dayEntries, memberContracts, projectTasks, weekTotals } from './requests'

// The board's own per-member reads (current-data, timeline) are scheduled, not queries: see
// live-store.ts. These are the ordinary reads around it, under each resource's key root so that
// changes elsewhere refresh them.

export const liveKeys = {
  weekRoot: (workspaceId: number) => ['reports', workspaceId, 'tracked-hours', 'live-week'] as const,
  week: (workspaceId: number, date: string) => [...liveKeys.weekRoot(workspaceId), date] as const,
  memberContracts: (workspaceId: number, userId: number) => ['contracts', workspaceId, 'live-member', userId] as const,
  projectTasks: (workspaceId: number, projectId: number) => ['tasks', workspaceId, 'project', projectId] as const,
  entries: (workspaceId: number) => ['time-entries', workspaceId] as const,
  day: (workspaceId: number, userId: number, date: string) => [...liveKeys.entries(workspaceId), userId, date] as const,
}

/** Weekly totals change slowly next to a live board: re-read every five minutes (one request). */
export const WEEK_REFRESH_MS = 5 * 60_000
const PICKER_STALE_MS = 5 * 60_000

export const liveQueries = {
  week: (workspaceId: number, date: string) =>
    queryOptions({
      queryKey: liveKeys.week(workspaceId, date),
      queryFn: async (ctx) => {
        const report = await weekTotals(workspaceId, date, { ...queryRequest(ctx), priority: 'background' })
        const byContract = new Map<number, number>()
        for (const day of report.days)
          for (const row of day.users) if (row.contract_id !== null) byContract.set(row.contract_id, (byContract.get(row.contract_id) ?? 0) + row.total_minutes)
        return byContract
      },
      staleTime: WEEK_REFRESH_MS,
      refetchInterval: WEEK_REFRESH_MS,
    }),
  memberContracts: (workspaceId: number, userId: number) =>
    queryOptions({
      queryKey: liveKeys.memberContracts(workspaceId, userId),
      queryFn: (ctx) => memberContracts(workspaceId, userId, queryRequest(ctx)),
      staleTime: PICKER_STALE_MS,
    }),
  projectTasks: (workspaceId: number, projectId: number) =>
    queryOptions({
      queryKey: liveKeys.projectTasks(workspaceId, projectId),
      queryFn: (ctx) => projectTasks(workspaceId, projectId, queryRequest(ctx)),
      staleTime: PICKER_STALE_MS,
    }),
  day: (workspaceId: number, userId: number, date: string) =>
    queryOptions({
      queryKey: liveKeys.day(workspaceId, userId, date),
      queryFn: (ctx) => dayEntries(workspaceId, userId, date, queryRequest(ctx)),
    }),
}
