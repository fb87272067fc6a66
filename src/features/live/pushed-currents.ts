import type { PushedTracker, TrackingNow } from '@/api/time-tracking/tracking-stream'
import type { CurrentReading, TimelineReading } from './live-board'

// The board's readings with the server's push laid over them: for a member the push has seen, its
// word wins (a running tracker with its exact start, or none since it stopped); everyone else
// keeps what current-data last said. Pure, so the page and Home build the same picture.

export function withPushed(
  currents: ReadonlyMap<number, CurrentReading>,
  push: Pick<TrackingNow, 'known' | 'heardAt'>,
  taskNames: ReadonlyMap<number, string>,
): ReadonlyMap<number, CurrentReading> {
  if (push.known.size === 0) return currents
  const merged = new Map(currents)
  // As fresh as the stream's latest word: it would have said if anything changed.
  const checkedAt = push.heardAt ?? Date.now()
  for (const [userId, tracker] of push.known) merged.set(userId, tracker ? pushedReading(tracker, taskNames, checkedAt) : { data: null, checkedAt })
  return merged
}

function pushedReading(tracker: PushedTracker, taskNames: ReadonlyMap<number, string>, checkedAt: number): CurrentReading {
  return {
    checkedAt,
    startedAt: tracker.startedAt,
    data: {
      user_id: tracker.userId,
      contract_id: tracker.contractId ?? undefined,
      task_id: tracker.taskId ?? undefined,
      task_title: tracker.taskId === null ? undefined : taskNames.get(tracker.taskId),
      activity_description: tracker.description ?? undefined,
    },
  }
}

/** Task names the timeline already carries (entries name their task): most running tasks were worked on earlier today. */
export function taskNamesFromTimeline(timeline: ReadonlyMap<number, TimelineReading>): Map<number, string> {
  const names = new Map<number, string>()
  for (const { user } of timeline.values()) for (const e of user.entries) if (e.task_id !== undefined && e.task_name) names.set(e.task_id, e.task_name)
  return names
}

/** Projects whose task list would name a pushed tracker's unnamed task, the newest start's first. */
export function projectsToName(push: Pick<TrackingNow, 'known'>, named: ReadonlyMap<number, string>): number[] {
  const newest = new Map<number, number>()
  for (const tracker of push.known.values()) {
    if (tracker?.taskId == null || tracker.projectId === null || named.has(tracker.taskId)) continue
    newest.set(tracker.projectId, Math.max(newest.get(tracker.projectId) ?? -Infinity, tracker.startedAt))
  }
  return [...newest].sort(([a, at], [b, bt]) => bt - at || a - b).map(([projectId]) => projectId)
}
