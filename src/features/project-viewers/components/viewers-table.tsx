import { personLabel } from '@/api/members/member-name'
import type { ProjectViewer } from '@/contract/project-viewers'
import { Chip } from '@/components/data/chip'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Select } from '@/components/ui/input'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { useViewerProject } from '@/api/project-viewers/mutations'

const statusTones: Record<string, 'success' | 'warning' | 'neutral'> = { active: 'success', inactive: 'warning', left: 'neutral' }
const viewerName = (v: ProjectViewer) => personLabel(v, v.id)

export function ViewersTable({
  workspaceId,
  label,
  viewers,
  projects,
  onRemove,
  onRestore,
}: {
  workspaceId: number
  label: string
  viewers: readonly ProjectViewer[]
  projects: readonly { id: number; name: string }[]
  onRemove: (v: ProjectViewer) => void
  onRestore: (v: ProjectViewer) => void
}) {
  const assignment = useViewerProject(workspaceId)
  return (
    <div className="flex flex-col gap-2">
      {assignment.isError && (
        <p role="alert" className="text-destructive">
          {assignment.error.message}
        </p>
      )}
      <Table label={label}>
        <THead>
          <tr>
            <Th>Viewer</Th>
            <Th>Status</Th>
            <Th>Projects</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </THead>
        <tbody>
          {viewers.map((v) => {
            const name = viewerName(v)
            const open = new Set(v.projects?.map((p) => p.project_id))
            const left = v.status === 'left'
            return (
              <Tr key={v.id}>
                <Td>
                  <div className="font-medium">{name}</div>
                  <div className="text-xs text-muted-foreground">{v.email}</div>
                </Td>
                <Td>{v.status === undefined ? '—' : <Badge tone={statusTones[v.status] ?? 'neutral'}>{left ? 'removed' : v.status}</Badge>}</Td>
                <Td>
                  <div className="flex flex-wrap items-center gap-1">
                    {v.projects === undefined && <span className="text-muted-foreground">—</span>}
                    {v.projects?.map((p) => {
                      const project = p.project_name ?? projects.find((o) => o.id === p.project_id)?.name ?? `Project #${p.project_id}`
                      return (
                        <Chip
                          key={p.project_id}
                          removeLabel={`Close ${project} to ${name}`}
                          disabled={assignment.isPending}
                          onRemove={left ? undefined : () => assignment.mutate({ action: 'unassign', viewerId: v.id, projectId: p.project_id })}
                        >
                          {project}
                        </Chip>
                      )
                    })}
                    {!left && projects.some((p) => !open.has(p.id)) && (
                      <Select
                        aria-label={`Open a project to ${name}`}
                        value=""
                        disabled={assignment.isPending}
                        onChange={(e) =>
                          e.target.value &&
                          assignment.mutate({
                            action: 'assign',
                            viewerId: v.id,
                            projectId: Number(e.target.value),
                          })
                        }
                        className="h-7 w-auto py-0 text-xs"
                      >
                        <option value="">Add project…</option>
                        {projects
                          .filter((p) => !open.has(p.id))
                          .map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.name}
                            </option>
                          ))}
                      </Select>
                    )}
                  </div>
                </Td>
                <Td className="text-right">
                  {left ? (
                    <Button size="sm" variant="ghost" aria-label={`Restore ${name}`} onClick={() => onRestore(v)}>
                      Restore
                    </Button>
                  ) : (
                    <Button size="sm" variant="ghost" aria-label={`Remove ${name}`} onClick={() => onRemove(v)}>
                      Remove
                    </Button>
                  )}
                </Td>
              </Tr>
            )
          })}
        </tbody>
      </Table>
    </div>
  )
}
