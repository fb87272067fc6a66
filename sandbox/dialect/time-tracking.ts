import { answer, pick, type DocumentedOperation } from './answer'

// seeds/001 (primary) shows all three answers in full. Start's `data` has no user fields (the
// rich answer adds endpoints.md's user_id, user_name, user_email, project_name); stop's is
// `{message, stopped_at}`. current-data with nobody tracking keeps the rich `data: null` (assumed:
// the docs show only the tracking case).

export const timeTrackingOperations: DocumentedOperation[] = [
  {
    method: 'POST',
    path: '/time-tracking/start',
    success: answer({ message: true }, pick(['message', 'start_time', 'contract_id', 'project_id', 'task_id', 'activity_description'])),
  },
  { method: 'POST', path: '/time-tracking/stop', success: answer({ message: true }, pick(['message', 'stopped_at'])) },
  {
    method: 'GET',
    path: '/time-tracking/current-data',
    success: answer(
      { message: true },
      pick(['contract_id', 'user_id', 'activity_description', 'task_id', 'task_title', 'total_seconds', 'total_minutes', 'date']),
    ),
  },
]
