import type { Project } from '@/contract/projects'
import { ConfirmDialog } from '@/components/data/confirm-dialog'
import { Dialog } from '@/components/ui/dialog'
import { useArchiveProject, useCreateProject, useUpdateProject } from '@/api/projects/mutations'
import { emptyProjectValues, projectFormValues } from '../project-form-values'
import { ProjectForm } from './project-form'

export type ProjectEditing = { kind: 'create' } | { kind: 'edit'; project: Project }
/** What was saved: the name sent, and the id (of a new project only when WebWork echoed it). */
export type SavedProject = { name: string; id?: number }

export function ProjectFormDialog({
  workspaceId,
  editing,
  onClose,
  onSaved,
}: {
  workspaceId: number
  editing: ProjectEditing | null
  onClose: () => void
  onSaved: (saved: SavedProject) => void
}) {
  const create = useCreateProject(workspaceId)
  const update = useUpdateProject(workspaceId)
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing?.kind === 'edit' ? 'Edit project' : 'New project'}>
      {editing && (
        <ProjectForm
          key={editing.kind === 'edit' ? editing.project.id : 'new'}
          mode={editing.kind}
          defaultValues={editing.kind === 'edit' ? projectFormValues(editing.project) : emptyProjectValues()}
          onCancel={onClose}
          onSubmit={async (values) => {
            // Done when WebWork says `success: true`; the lists are re-read, so only the new id is
            // taken from the echo (seeds/004's update example echoes the old values).
            if (editing.kind === 'edit') {
              await update.mutateAsync({ projectId: editing.project.id, input: values })
              onSaved({ name: values.name, id: editing.project.id })
            } else {
              const echoed = await create.mutateAsync(values)
              onSaved({ name: values.name, id: echoed?.id })
            }
          }}
        />
      )}
    </Dialog>
  )
}

export function ArchiveProjectDialog({
  workspaceId,
  project,
  onClose,
  onArchived,
}: {
  workspaceId: number
  project: Project | null
  onClose: () => void
  onArchived: (project: Project) => void
}) {
  const archive = useArchiveProject(workspaceId)
  const close = () => {
    archive.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={project !== null}
      title="Archive this project?"
      description={
        project && (
          <>
            “{project.name}” stops taking time: its {project.contracts_count ?? ''} active contracts are paused. Tracked time stays in reports.
          </>
        )
      }
      confirmLabel="Archive project"
      pendingLabel="Archiving…"
      pending={archive.isPending}
      error={archive.error}
      onClose={close}
      onConfirm={() =>
        project &&
        archive.mutate(project.id, {
          onSuccess: () => {
            archive.reset()
            onArchived(project)
          },
        })
      }
    />
  )
}
