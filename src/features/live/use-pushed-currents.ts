import { useMemo } from 'react'
import { isPushLive, useTrackingNow } from '@/api/time-tracking/use-tracking-now'
import type { LiveSnapshot } from './live-store'
import { projectsToName, taskNamesFromTimeline, withPushed } from './pushed-currents'
import { useTaskNames } from './use-task-names'

/**
 * The board's readings with the companion server's push laid over them while it is live (see
 * pushed-currents.ts), and the stream's state for the refresh and the status line. A pushed
 * tracker's task is named from today's timeline, else from its project's task list (use-task-names.ts).
 */
export function usePushedCurrents(workspaceId: number, snapshot: LiveSnapshot) {
  const push = useTrackingNow(workspaceId)
  const live = isPushLive(push)
  const fromTimeline = useMemo(() => taskNamesFromTimeline(snapshot.timeline), [snapshot.timeline])
  // The same projects in the same order are the same list: the lookups do not restart at every event.
  const wanted = live ? projectsToName(push, fromTimeline).join(',') : ''
  const projects = useMemo(() => (wanted ? wanted.split(',').map(Number) : []), [wanted])
  const taskNames = useTaskNames(workspaceId, projects, fromTimeline)
  const currents = useMemo(() => (live ? withPushed(snapshot.currents, push, taskNames) : snapshot.currents), [live, snapshot.currents, push, taskNames])
  return { push, live, currents }
}
