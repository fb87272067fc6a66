import { useSuspenseQuery } from '@tanstack/react-query'
import { fullName, personLabel } from '@/api/members/member-name'
import { memberQueries } from '@/api/members/queries'
import { projectQueries } from '@/api/projects/queries'

/** Names, zones and teams for the filters and labels (the reports route's loader fetched them). */
export function useReportLookups(workspaceId: number) {
  const { data: members } = useSuspenseQuery(memberQueries.list(workspaceId, {}))
  const { data: projects } = useSuspenseQuery(projectQueries.list(workspaceId))
  const memberById = new Map(members.map((m) => [m.id, m]))
  const projectById = new Map(projects.map((p) => [p.id, p]))
  const teams = [...new Set(members.map((m) => m.team_name).filter((t): t is string => !!t))].sort()
  return {
    members: [...members].sort((a, b) => fullName(a).localeCompare(fullName(b))),
    projects: [...projects].sort((a, b) => a.name.localeCompare(b.name)),
    teams,
    memberName: (id: number) => {
      const m = memberById.get(id)
      return m ? personLabel(m, id) : `Member #${id}`
    },
    projectName: (id: number | null) => (id === null ? 'No project' : (projectById.get(id)?.name ?? `Project ${id}`)),
    teamMembers: (team: string) => members.filter((m) => m.team_name === team).map((m) => m.id),
  }
}
