import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { dayEntries } from './requests'

// The board's own per-member reads (current-data, timeline) are scheduled, not queries: see
// src/features/live/live-store.ts. A member's day of entries is an ordinary query.

export const timeEntryKeys = {
  all: ['time-entries'] as const,
  workspace: (workspaceId: number) => [...timeEntryKeys.all, workspaceId] as const,
  day: (workspaceId: number, userId: number, date: string) => [...timeEntryKeys.workspace(workspaceId), userId, date] as const,
}

export const timeEntryQueries = {
  day: (workspaceId: number, userId: number, date: string) =>
    queryOptions({
      queryKey: timeEntryKeys.day(workspaceId, userId, date),
      queryFn: (ctx) => dayEntries(workspaceId, userId, date, queryRequest(ctx)),
    }),
}
