import { useMutation } from '@tanstack/react-query'
import type { CreateProjectInput, UpdateProjectInput } from '@/contract/projects'
import { useRereadOnSettled } from '../changes'
import { archiveProject, createProject, updateProject } from './requests'

export function useCreateProject(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'project', workspaceId }))
  return useMutation({
    mutationFn: (input: CreateProjectInput) => createProject(workspaceId, input),
    onSettled,
  })
}

export function useUpdateProject(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'project', workspaceId }))
  return useMutation({
    mutationFn: ({ projectId, input }: { projectId: number; input: UpdateProjectInput }) => updateProject(workspaceId, projectId, input),
    onSettled,
  })
}

export function useArchiveProject(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'project', workspaceId }))
  return useMutation({
    mutationFn: (projectId: number) => archiveProject(workspaceId, projectId),
    onSettled,
  })
}
