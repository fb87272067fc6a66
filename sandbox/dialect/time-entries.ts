import { answer, each, messageOnly, pick, type DocumentedOperation } from './answer'

// endpoints.md "Time Entries" (variant B). The list's fields and `method` texts ("Desktop tracker",
// "Web tracker", …) are the rich answer's already. The create answer's fields were not captured:
// assumed to be the entry as the list shows it, without the sandbox's requested/saved minutes
// (the message still says when only part was saved). Update answers the entry the same way.

const ENTRY_FIELDS = [
  'id',
  'user_id',
  'contract_id',
  'project_id',
  'project_name',
  'task_id',
  'task_title',
  'activity_description',
  'method',
  'date',
  'start_time',
  'end_time',
  'duration_minutes',
]
const entry = pick(ENTRY_FIELDS)

export const timeEntryOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/time-entries', success: answer({ pagination: 'meta' }, each(entry)) },
  { method: 'POST', path: '/time-entries', success: answer({ message: true }, entry) },
  { method: 'PUT', path: '/time-entries/:id', success: answer({ message: true }, entry) },
  { method: 'DELETE', path: '/time-entries/:id', success: messageOnly },
]
