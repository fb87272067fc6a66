import { methodLabels } from '../api/routes/time-entries'
import { answer, type DocumentedOperation, type JsonObject } from './answer'

// endpoints.md "Reports". Only tracked-hours has captured fields, and the rich answer has exactly
// those; the other bodies were not captured, so their rich shapes stay (assumed: nothing to hold
// them to) with their user paging in meta. No report documents a message, so none is sent. The
// activity-descriptions report's path was not captured: not served.

/** Assumed: the timeline names tracking methods as time entries do ("Desktop tracker", …). */
function timelineWithMethodLabels(report: unknown): unknown {
  const users = (report as { users?: unknown } | null)?.users
  if (!Array.isArray(users)) return report
  const entry = (e: JsonObject) => ({ ...e, tracking_method: methodLabels[e.tracking_method as keyof typeof methodLabels] ?? e.tracking_method })
  return {
    ...(report as JsonObject),
    users: users.map((u: JsonObject) => ({ ...u, entries: Array.isArray(u.entries) ? u.entries.map(entry) : u.entries })),
  }
}

const report = answer({ pagination: 'meta' })

export const reportOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/reports/tracked-hours', success: report },
  { method: 'GET', path: '/reports/daily-timeline', success: answer({ pagination: 'meta' }, timelineWithMethodLabels) },
  { method: 'GET', path: '/reports/task-report', success: report },
  { method: 'GET', path: '/reports/activity-level', success: report },
  { method: 'GET', path: '/reports/daily-attendance', success: report },
]
