import { answer, each, messageOnly, pick, type DocumentedOperation } from './answer'

// endpoints.md "Time Requests". Assumed: the list has no pagination, as its documented answer
// lists none (page/per_page still slice it), and no message. Approve and reject answer
// `{success, message}` (documented), not the request.

const REQUEST_FIELDS = [
  'id',
  'user_id',
  'contract_id',
  'project_id',
  'task_id',
  'start',
  'end',
  'status',
  'notes',
  'comment',
  'updated_by',
  'created_at',
  'updated_at',
]
const request = pick(REQUEST_FIELDS)

export const timeRequestOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/time-requests', success: answer({ pagination: 'none' }, each(request)) },
  { method: 'POST', path: '/time-requests', success: answer({ message: true }, request) },
  { method: 'GET', path: '/time-requests/:id', success: answer({}, request) },
  { method: 'POST', path: '/time-requests/:id/approve', success: messageOnly },
  { method: 'POST', path: '/time-requests/:id/reject', success: messageOnly },
]
