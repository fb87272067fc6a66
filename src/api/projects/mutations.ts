import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateProjectInput, UpdateProjectInput } from '@/contract/projects'
import { isApiError } from '@/lib/api/errors'
import { projectKeys } from './queries'
import { archiveProject, createProject, updateProject } from './requests'

// Contracts show project names too, so a settled change refetches both (the contracts' keys by
// their root word: features never import each other); a 422 changed nothing.
function useRefetchProjects() {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null) =>
    isApiError(error, 'validation')
      ? undefined
      : Promise.all([
          queryClient.invalidateQueries({ queryKey: projectKeys.all }),
          queryClient.invalidateQueries({
            predicate: (q) => q.queryKey[0] === 'contracts',
          }),
        ])
}

export function useCreateProject(workspaceId: number) {
  const onSettled = useRefetchProjects()
  return useMutation({
    mutationFn: (input: CreateProjectInput) => createProject(workspaceId, input),
    onSettled,
  })
}

export function useUpdateProject(workspaceId: number) {
  const onSettled = useRefetchProjects()
  return useMutation({
    mutationFn: ({ projectId, input }: { projectId: number; input: UpdateProjectInput }) => updateProject(workspaceId, projectId, input),
    onSettled,
  })
}

export function useArchiveProject(workspaceId: number) {
  const onSettled = useRefetchProjects()
  return useMutation({
    mutationFn: (projectId: number) => archiveProject(workspaceId, projectId),
    onSettled,
  })
}
