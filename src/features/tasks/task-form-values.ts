import type { z } from 'zod'
import { isTaskPriorityCode, isTaskStatusCode, type CreateTaskInput, type createTaskInputSchema, type Task } from '@/contract/tasks'

export type TaskFormValues = CreateTaskInput
export type TaskFormOutput = z.output<typeof createTaskInputSchema>
export const taskFormFields = ['title', 'description', 'status', 'priority', 'start_date', 'end_date', 'assignees'] as const

export const emptyTaskValues = (projectId: number): TaskFormValues => ({
  project_id: projectId,
  title: '',
  description: null,
  status: 0,
  priority: 30,
  start_date: null,
  end_date: null,
})

/**
 * A task as the form's starting values. A status or priority that is unknown (not sent, or a code
 * we do not know) starts empty and is then not sent, so saving leaves it as it is.
 */
export const taskFormValues = (t: Task, projectId: number): TaskFormValues => ({
  project_id: projectId,
  title: t.title,
  description: t.description ?? null,
  status: isTaskStatusCode(t.status) ? t.status : undefined,
  priority: isTaskPriorityCode(t.priority) ? t.priority : undefined,
  start_date: t.start_date ?? null,
  end_date: t.end_date ?? null,
})
