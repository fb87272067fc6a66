import { answer, each, pick, pickThen, type DocumentedOperation } from './answer'

// seeds/004 (primary): the list shows no message and no pagination; create, get and update write
// `message` before `data`; delete answers `data: null`. The list's items are elided (`{ … }`), so
// their fields are endpoints.md's list, which stops at `created_at`; the single answers show
// `updated_at` and `deleted_at` too. Tags are elided as well: endpoints.md's `{id, name, color}`.

const LIST_FIELDS = [
  'id',
  'name',
  'owner_id',
  'start_date',
  'deadline',
  'estimation',
  'budget_estimation',
  'notes',
  'icon',
  'is_billable',
  'rate',
  'weekly_hours_limit',
  'screenshots',
  'tags',
  'contracts_count',
  'status',
  'created_at',
]
const ITEM_FIELDS = [...LIST_FIELDS, 'updated_at', 'deleted_at']
const tags = each(pick(['id', 'name', 'color']))
const project = (fields: string[]) => pickThen(fields, (p) => ({ ...p, tags: tags(p.tags) }))

/** Documented page/per_page still slice the list (the rich route does); only the meta goes. */
const single = answer({ message: true, messageFirst: true }, project(ITEM_FIELDS))

export const projectOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/projects', success: answer({ pagination: 'none' }, each(project(LIST_FIELDS))) },
  { method: 'POST', path: '/projects', success: single },
  { method: 'GET', path: '/projects/:id', success: single },
  { method: 'PUT', path: '/projects/:id', success: single },
  { method: 'DELETE', path: '/projects/:id', success: answer({ message: true, messageFirst: true, data: 'null' }) },
]
