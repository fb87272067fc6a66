import { answer, each, messageOnly, pick, pickThen, type DocumentedOperation } from './answer'

// endpoints.md "Tasks": no message is documented for any task answer; `parent_id`, `created_at`
// and `updated_at` are the sandbox's own and go. Assumed: the list's `data` is an array, as
// variant A shows (variant B's generic example shows an object).

const ASSIGNEE_FIELDS = ['id', 'firstname', 'lastname', 'email']
const TASK_FIELDS = [
  'id',
  'title',
  'description',
  'project_id',
  'owner_id',
  'creator_id',
  'status',
  'priority',
  'start_date',
  'end_date',
  'completed_at',
  'assignees',
  'has_details',
]
const task = pickThen(TASK_FIELDS, (t) => ({ ...t, assignees: each(pick(ASSIGNEE_FIELDS))(t.assignees) }))

export const taskOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/tasks', success: answer({ pagination: 'meta' }, each(task)) },
  { method: 'POST', path: '/tasks', success: answer({}, task) },
  { method: 'GET', path: '/tasks/:id', success: answer({}, task) },
  { method: 'PUT', path: '/tasks/:id', success: answer({}, task) },
  { method: 'DELETE', path: '/tasks/:id', success: messageOnly },
  { method: 'GET', path: '/tasks/:id/assignees', success: answer({}, each(pick(['id', 'email', 'firstname', 'lastname']))) },
  { method: 'POST', path: '/tasks/:id/assign/:userId', success: messageOnly },
  { method: 'DELETE', path: '/tasks/:id/unassign/:userId', success: messageOnly },
]
