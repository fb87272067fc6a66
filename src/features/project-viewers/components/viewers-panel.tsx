import { useState, type ReactNode } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { UserPlus } from 'lucide-react'
import type { ProjectViewer } from '@/contract/project-viewers'
import { ConfirmDialog } from '@/components/data/confirm-dialog'
import { EmptyState } from '@/components/data/empty-state'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { useCreateProjectViewer, useViewerStatus } from '@/api/project-viewers/mutations'
import { projectViewerQueries } from '@/api/project-viewers/queries'
import { InviteViewerForm } from './invite-viewer-form'
import { ViewersTable } from './viewers-table'

type Option = { id: number; name: string }

/**
 * Project viewers (clients): all of them on their own page, or, with `project`, those who see
 * that project. Removing archives a viewer (confirmed); restoring brings them back.
 */
export function ViewersPanel({
  workspaceId,
  projects,
  project,
  heading,
}: {
  workspaceId: number
  projects: readonly Option[]
  project?: Option
  heading: (count: number, invite: ReactNode) => ReactNode
}) {
  const { data: all } = useSuspenseQuery(projectViewerQueries.list(workspaceId))
  // A viewer whose projects the answer did not list is shown on the viewers page only.
  const viewers = (project ? all.filter((v) => v.projects?.some((p) => p.project_id === project.id)) : all).sort(
    (a, b) => Number(a.status === 'left') - Number(b.status === 'left') || a.lastname.localeCompare(b.lastname, 'en'),
  )
  const create = useCreateProjectViewer(workspaceId)
  const status = useViewerStatus(workspaceId)
  const [inviting, setInviting] = useState(false)
  const [removing, setRemoving] = useState<ProjectViewer | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const closeRemove = () => {
    status.reset()
    setRemoving(null)
  }
  const invite = (
    <Button size="sm" variant={project ? 'outline' : 'primary'} onClick={() => setInviting(true)}>
      <UserPlus aria-hidden />
      Invite viewer
    </Button>
  )
  return (
    <>
      {heading(viewers.length, invite)}
      {notice && (
        <p role="status" className="text-muted-foreground">
          {notice}
        </p>
      )}
      {status.isError && !removing && (
        <p role="alert" className="text-destructive">
          {status.error.message}
        </p>
      )}
      {viewers.length === 0 ? (
        <EmptyState>{project ? 'No client sees this project.' : 'No project viewers yet.'}</EmptyState>
      ) : (
        <ViewersTable
          workspaceId={workspaceId}
          label={project ? 'Viewers of this project' : 'Project viewers'}
          viewers={viewers}
          projects={projects}
          onRemove={setRemoving}
          onRestore={(v) => status.mutate({ action: 'restore', viewerId: v.id }, { onSuccess: () => setNotice(`Restored ${v.email}.`) })}
        />
      )}
      <Dialog
        open={inviting}
        onClose={() => setInviting(false)}
        title="Invite a project viewer"
        description="Viewers see the chosen projects read-only; they show as inactive until they accept."
      >
        {inviting && (
          <InviteViewerForm
            projects={projects}
            defaultProjectIds={project ? [project.id] : []}
            onCancel={() => setInviting(false)}
            onSubmit={async (values) => {
              await create.mutateAsync(values)
              setInviting(false)
              setNotice(`Invited ${values.email}.`)
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this viewer?"
        description={removing && <>{removing.email} loses access to every project. You can restore them later.</>}
        confirmLabel="Remove viewer"
        pendingLabel="Removing…"
        pending={status.isPending}
        error={status.error}
        onClose={closeRemove}
        onConfirm={() =>
          removing &&
          status.mutate(
            { action: 'remove', viewerId: removing.id },
            {
              onSuccess: () => {
                setNotice(`Removed ${removing.email}.`)
                closeRemove()
              },
            },
          )
        }
      />
    </>
  )
}
