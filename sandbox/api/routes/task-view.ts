import type { TaskAssigneeWire, TaskPriorityCode, TaskStatusCode, TaskWire } from '../../../src/contract/tasks'
import type { Store } from '../../store/store'
import type { TaskRecord } from '../../store/types'
import { apiTimestamp } from '../envelope'
import { userById } from '../people'

// The one place where task records' words meet the API's numeric codes.

const STATUS_CODE: Record<TaskRecord['status'], TaskStatusCode> = { open: 0, in_progress: 10, done: 20, completed: 30 }
const PRIORITY_CODE: Record<TaskRecord['priority'], TaskPriorityCode> = { urgent: 10, high: 20, medium: 30, low: 40 }

const invert = <K extends string, V extends number>(map: Record<K, V>) => new Map(Object.entries(map).map(([word, code]) => [code as V, word as K]))
const STATUS_WORD = invert(STATUS_CODE)
const PRIORITY_WORD = invert(PRIORITY_CODE)

export const storedTaskStatus = (code: TaskStatusCode): TaskRecord['status'] => STATUS_WORD.get(code)!
export const storedTaskPriority = (code: TaskPriorityCode): TaskRecord['priority'] => PRIORITY_WORD.get(code)!

export function presentAssignee(store: Store, userId: number): TaskAssigneeWire {
  const user = userById(store, userId)
  return { id: user.id, email: user.email, firstname: user.firstname, lastname: user.lastname }
}

export function presentTask(store: Store, t: TaskRecord): TaskWire {
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    project_id: t.projectId,
    parent_id: t.parentId,
    owner_id: t.ownerId,
    creator_id: t.creatorId,
    status: STATUS_CODE[t.status],
    priority: PRIORITY_CODE[t.priority],
    start_date: t.startDate,
    end_date: t.endDate,
    completed_at: t.completedAt && apiTimestamp(t.completedAt),
    assignees: t.assigneeIds.map((id) => presentAssignee(store, id)),
    has_details: Boolean(t.description),
    created_at: apiTimestamp(t.createdAt),
    updated_at: apiTimestamp(t.updatedAt),
  }
}
