import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateTaskInput, UpdateTaskInput } from '@/contract/tasks'
import { isApiError } from '@/lib/api/errors'
import { taskKeys } from './queries'
import { assignTask, createTask, deleteTask, unassignTask, updateTask } from './requests'

// A task change refetches only its project's list; a 422 changed nothing.
function useRefetchProject(workspaceId: number, projectId: number) {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null) =>
    isApiError(error, 'validation')
      ? undefined
      : queryClient.invalidateQueries({
          queryKey: taskKeys.project(workspaceId, projectId),
        })
}

export function useCreateTask(workspaceId: number, projectId: number) {
  const onSettled = useRefetchProject(workspaceId, projectId)
  return useMutation({
    mutationFn: (input: CreateTaskInput) => createTask(workspaceId, input),
    onSettled,
  })
}

export function useUpdateTask(workspaceId: number, projectId: number) {
  const onSettled = useRefetchProject(workspaceId, projectId)
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: number; input: UpdateTaskInput }) => updateTask(workspaceId, taskId, input),
    onSettled,
  })
}

export function useDeleteTask(workspaceId: number, projectId: number) {
  const onSettled = useRefetchProject(workspaceId, projectId)
  return useMutation({
    mutationFn: (taskId: number) => deleteTask(workspaceId, projectId, taskId),
    onSettled,
  })
}

/** Assign or unassign one member; `variables` shows the change while it is pending. */
export function useTaskAssignment(workspaceId: number, projectId: number) {
  const onSettled = useRefetchProject(workspaceId, projectId)
  return useMutation({
    mutationKey: ['tasks', 'assignment', workspaceId, projectId],
    mutationFn: ({ action, taskId, userId }: { action: 'assign' | 'unassign'; taskId: number; userId: number }) =>
      (action === 'assign' ? assignTask : unassignTask)(workspaceId, projectId, taskId, userId),
    onSettled,
  })
}
