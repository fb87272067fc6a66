import { useState } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { PROJECT_ACTIVE, type Project } from '@/contract/projects'
import { EmptyState } from '@/components/data/empty-state'
import { FilterBar, FilterSelect } from '@/components/data/filter-controls'
import { ListHeader } from '@/components/data/list-header'
import { Button } from '@/components/ui/button'
import { Input, Label } from '@/components/ui/input'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatDay } from '@/utils/format'
import { projectQueries } from '@/api/projects/queries'
import { filterProjects } from '../projects-search'
import { ArchiveProjectDialog, ProjectFormDialog, type ProjectEditing } from './project-dialogs'
import { ProjectStatusBadge } from './project-status-badge'

const route = getRouteApi('/_authed/w/$workspaceId/projects/')
const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
]

export function ProjectsPage() {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: all } = useSuspenseQuery(projectQueries.list(workspaceId))
  const projects = filterProjects(all, search)
  const [editing, setEditing] = useState<ProjectEditing | null>(null)
  const [archiving, setArchiving] = useState<Project | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  return (
    <div className="flex flex-col gap-4">
      <ListHeader
        title="Projects"
        count={`${projects.length} ${projects.length === 1 ? 'project' : 'projects'}`}
        actions={
          <Button size="sm" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden />
            New project
          </Button>
        }
      />
      <FilterBar>
        <div className="col-span-2 grid gap-1 sm:w-64">
          <Label htmlFor="project-search">Search</Label>
          <Input
            id="project-search"
            type="search"
            placeholder="Project name"
            defaultValue={search.q ?? ''}
            onChange={(e) =>
              void navigate({
                search: (prev) => ({ ...prev, q: e.target.value || undefined }),
                replace: true,
              })
            }
          />
        </div>
        <FilterSelect
          id="project-status"
          label="Status"
          value={search.status}
          options={statusOptions}
          onChange={(status) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                status: (status ?? 'active') as typeof prev.status,
              }),
            })
          }
        />
      </FilterBar>
      {notice && (
        <p role="status" className="text-muted-foreground">
          {notice}
        </p>
      )}
      {projects.length === 0 ? (
        <EmptyState>{all.length === 0 ? 'No projects yet.' : 'No project matches these filters.'}</EmptyState>
      ) : (
        <Table label="Projects">
          <THead>
            <tr>
              <Th>Name</Th>
              <Th className="hidden sm:table-cell">Status</Th>
              <Th className="hidden sm:table-cell">Dates</Th>
              <Th className="text-right">Estimation</Th>
              <Th className="hidden text-right sm:table-cell">Contracts</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <tbody>
            {projects.map((p) => (
              <Tr key={p.id}>
                <Td className="font-medium">
                  <Link to="/w/$workspaceId/projects/$projectId" params={{ workspaceId, projectId: p.id }} className="hover:underline">
                    {p.name}
                  </Link>
                </Td>
                <Td className="hidden sm:table-cell">
                  <ProjectStatusBadge status={p.status} />
                </Td>
                <Td className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">
                  {p.start_date ? formatDay(p.start_date, true) : '—'} → {p.deadline ? formatDay(p.deadline, true) : '—'}
                </Td>
                <Td className="text-right tabular-nums">{p.estimation !== undefined ? `${p.estimation} h` : '—'}</Td>
                <Td className="hidden text-right tabular-nums sm:table-cell">{p.contracts_count ?? '—'}</Td>
                <Td className="text-right whitespace-nowrap">
                  {p.status === PROJECT_ACTIVE && (
                    <>
                      <Button size="sm" variant="ghost" aria-label={`Edit ${p.name}`} onClick={() => setEditing({ kind: 'edit', project: p })}>
                        Edit
                      </Button>
                      <Button size="sm" variant="ghost" aria-label={`Archive ${p.name}`} onClick={() => setArchiving(p)}>
                        Archive
                      </Button>
                    </>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <ProjectFormDialog
        workspaceId={workspaceId}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          const created = editing?.kind === 'create'
          setEditing(null)
          setNotice(`Saved “${saved.name}”.`)
          if (created && saved.id !== undefined)
            void navigate({
              to: '/w/$workspaceId/projects/$projectId',
              params: { workspaceId, projectId: saved.id },
            })
        }}
      />
      <ArchiveProjectDialog
        workspaceId={workspaceId}
        project={archiving}
        onClose={() => setArchiving(null)}
        onArchived={(project) => {
          setArchiving(null)
          setNotice(`Archived “${project.name}”.`)
        }}
      />
    </div>
  )
}
