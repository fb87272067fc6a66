import { useMutation } from '@tanstack/react-query'
import type { CreateProjectViewerInput } from '@/contract/project-viewers'
import { useRereadOnSettled } from '../changes'
import { assignViewerProject, createProjectViewer, removeProjectViewer, restoreProjectViewer, unassignViewerProject } from './requests'

export function useCreateProjectViewer(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'project-viewer', workspaceId }))
  return useMutation({
    mutationFn: (input: CreateProjectViewerInput) => createProjectViewer(workspaceId, input),
    onSettled,
  })
}

export function useViewerStatus(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'project-viewer', workspaceId }))
  return useMutation({
    mutationFn: ({ action, viewerId }: { action: 'remove' | 'restore'; viewerId: number }) =>
      action === 'remove' ? removeProjectViewer(workspaceId, viewerId) : restoreProjectViewer(workspaceId, viewerId),
    onSettled,
  })
}

export function useViewerProject(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'project-viewer', workspaceId }))
  return useMutation({
    mutationFn: ({ action, viewerId, projectId }: { action: 'assign' | 'unassign'; viewerId: number; projectId: number }) =>
      (action === 'assign' ? assignViewerProject : unassignViewerProject)(workspaceId, viewerId, projectId),
    onSettled,
  })
}
