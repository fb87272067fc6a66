import type { CreateTaskInput, Task } from '@/contract/tasks'

export type TaskFormValues = CreateTaskInput
export const taskFormFields = ['title', 'description', 'status', 'priority', 'start_date', 'end_date'] as const

export const emptyTaskValues = (projectId: number): TaskFormValues => ({
  project_id: projectId,
  title: '',
  description: null,
  status: 0,
  priority: 30,
  start_date: null,
  end_date: null,
})

export const taskFormValues = (t: Task): TaskFormValues => ({
  project_id: t.project_id,
  title: t.title,
  description: t.description,
  status: t.status,
  priority: t.priority,
  start_date: t.start_date,
  end_date: t.end_date,
})
