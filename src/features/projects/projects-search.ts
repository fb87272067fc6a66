import { z } from 'zod'
import { PROJECT_ACTIVE, PROJECT_ARCHIVED, type Project } from '@/contract/projects'

/** `?q=web&status=archived`: a stale or hand-edited link falls back to the defaults. */
export const projectsSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['active', 'archived', 'all']).catch('active').default('active'),
})
export type ProjectsSearch = z.infer<typeof projectsSearchSchema>

/** The whole list is cached once; search and status filter it in the browser (no requests). */
export function filterProjects(projects: readonly Project[], { q, status }: ProjectsSearch): Project[] {
  const needle = q?.toLocaleLowerCase('en')
  return projects
    .filter((p) => status === 'all' || p.status === (status === 'active' ? PROJECT_ACTIVE : PROJECT_ARCHIVED))
    .filter((p) => !needle || p.name.toLocaleLowerCase('en').includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
}
