import { useMutation } from '@tanstack/react-query'
import type { CreateTaskInput, UpdateTaskInput } from '@/contract/tasks'
import { useRereadOnSettled } from '../changes'
import { assignTask, createTask, deleteTask, unassignTask, updateTask } from './requests'

export function useCreateTask(workspaceId: number, projectId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'task', workspaceId, projectId }))
  return useMutation({
    mutationFn: (input: CreateTaskInput) => createTask(workspaceId, input),
    onSettled,
  })
}

export function useUpdateTask(workspaceId: number, projectId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'task', workspaceId, projectId }))
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: number; input: UpdateTaskInput }) => updateTask(workspaceId, taskId, input),
    onSettled,
  })
}

export function useDeleteTask(workspaceId: number, projectId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'task', workspaceId, projectId }))
  return useMutation({
    mutationFn: (taskId: number) => deleteTask(workspaceId, projectId, taskId),
    onSettled,
  })
}

/** Assign or unassign one member; `variables` shows the change while it is pending. */
export function useTaskAssignment(workspaceId: number, projectId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'task', workspaceId, projectId }))
  return useMutation({
    mutationKey: ['tasks', 'assignment', workspaceId, projectId],
    mutationFn: ({ action, taskId, userId }: { action: 'assign' | 'unassign'; taskId: number; userId: number }) =>
      (action === 'assign' ? assignTask : unassignTask)(workspaceId, projectId, taskId, userId),
    onSettled,
  })
}
