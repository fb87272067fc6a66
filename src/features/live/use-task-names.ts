import { useCallback, useEffect } from 'react'
import { useQueries, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query'
import { taskQueries } from '@/api/tasks/queries'
import type { Task } from '@/contract/tasks'

/** Task lists change rarely next to a live board: each is read once per half hour. */
const TASK_LIST_STALE_MS = 30 * 60_000
/** One project's list every 2 s at most: a busy workspace's first minute never takes the whole budget. */
const LOOKUP_EVERY_MS = 2_000
/** A list that failed is not asked for again before this. */
const RETRY_AFTER_MS = 5 * 60_000

const lastLookup = { at: 0 }
const failedAt = new Map<string, number>()

const listOptions = (workspaceId: number, projectId: number) => ({
  ...taskQueries.project(workspaceId, projectId),
  staleTime: TASK_LIST_STALE_MS,
  meta: { priority: 'background' as const },
})

const due = (queryClient: QueryClient, workspaceId: number, projectId: number) =>
  queryClient.getQueryData(listOptions(workspaceId, projectId).queryKey) === undefined &&
  Date.now() - (failedAt.get(`${workspaceId}/${projectId}`) ?? -Infinity) > RETRY_AFTER_MS

/**
 * Task names for pushed trackers, whose events carry task ids only: `known` names (today's
 * timeline), then the task lists of `projects` (most wanted first), read one at a time in the
 * background and kept in the query cache, which the clock-in dialog reads too.
 */
export function useTaskNames(workspaceId: number, projects: readonly number[], known: ReadonlyMap<number, string>): ReadonlyMap<number, string> {
  const queryClient = useQueryClient()
  // Stable, so that the names (and the board) change only when a list or the known names do.
  const combine = useCallback(
    (lists: UseQueryResult<Task[]>[]) => {
      const names = new Map(known)
      for (const list of lists) for (const task of list.data ?? []) names.set(task.id, task.title)
      return { names, settled: lists.filter((list) => list.data !== undefined || list.isError).length }
    },
    [known],
  )
  // Watching the cache only; the lookups below decide what is read, and when.
  const { names, settled } = useQueries({ queries: projects.map((projectId) => ({ ...listOptions(workspaceId, projectId), enabled: false })), combine })

  useEffect(() => {
    const next = projects.find((projectId) => due(queryClient, workspaceId, projectId))
    if (next === undefined) return
    const timer = setTimeout(
      () => {
        lastLookup.at = Date.now()
        queryClient.fetchQuery(listOptions(workspaceId, next)).catch(() => failedAt.set(`${workspaceId}/${next}`, Date.now()))
      },
      Math.max(0, lastLookup.at + LOOKUP_EVERY_MS - Date.now()),
    )
    return () => clearTimeout(timer)
    // `settled` moves on to the next project once one is in.
  }, [queryClient, workspaceId, projects, settled])

  return names
}
