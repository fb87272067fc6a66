import { useMemo } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { memberQueries } from '@/api/members/queries'
import { fullName } from '@/api/members/member-name'
import { projectQueries } from '@/api/projects/queries'

// What the team set-up pages borrow from members and projects (features never import each
// other): the people who can hold a contract, and the active projects, as `{id, name}` options.
// Both lists are cached for minutes and shared with the members and projects pages.

export const teamMembersQuery = (workspaceId: number) => memberQueries.list(workspaceId, {})
export const teamProjectsQuery = (workspaceId: number) => projectQueries.list(workspaceId)

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en')

export function useTeamOptions(workspaceId: number) {
  const { data: members } = useSuspenseQuery(teamMembersQuery(workspaceId))
  const { data: projects } = useSuspenseQuery(teamProjectsQuery(workspaceId))
  return useMemo(
    () => ({
      // Archived members and project viewers cannot hold a contract (the API says 422).
      workers: members
        .filter((m) => m.status !== 'left' && m.current_role !== 'Project viewer')
        .map((m) => ({ id: m.id, name: fullName(m) }))
        .sort(byName),
      projects: projects
        .filter((p) => p.status === 1)
        .map((p) => ({ id: p.id, name: p.name }))
        .sort(byName),
    }),
    [members, projects],
  )
}
