import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateProjectViewerInput } from '@/contract/project-viewers'
import { isApiError } from '@/lib/api/errors'
import { projectViewerKeys } from './queries'
import { assignViewerProject, createProjectViewer, removeProjectViewer, restoreProjectViewer, unassignViewerProject } from './requests'

function useRefetchViewers() {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null) =>
    isApiError(error, 'validation') ? undefined : queryClient.invalidateQueries({ queryKey: projectViewerKeys.all })
}

export function useCreateProjectViewer(workspaceId: number) {
  const onSettled = useRefetchViewers()
  return useMutation({
    mutationFn: (input: CreateProjectViewerInput) => createProjectViewer(workspaceId, input),
    onSettled,
  })
}

export function useViewerStatus(workspaceId: number) {
  const onSettled = useRefetchViewers()
  return useMutation({
    mutationFn: ({ action, viewerId }: { action: 'remove' | 'restore'; viewerId: number }) =>
      action === 'remove' ? removeProjectViewer(workspaceId, viewerId) : restoreProjectViewer(workspaceId, viewerId),
    onSettled,
  })
}

export function useViewerProject(workspaceId: number) {
  const onSettled = useRefetchViewers()
  return useMutation({
    mutationFn: ({ action, viewerId, projectId }: { action: 'assign' | 'unassign'; viewerId: number; projectId: number }) =>
      (action === 'assign' ? assignViewerProject : unassignViewerProject)(workspaceId, viewerId, projectId),
    onSettled,
  })
}
