import { useState } from 'react'
import type { Member } from '@/contract/members'
import { ConfirmDialog } from '@/components/data/confirm-dialog'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { useArchiveMember, useUpdateMember } from '@/api/members/mutations'
import { fullName } from '@/api/members/member-name'
import { assignableRoles, isOwner } from '../role-rules'
import { ChangeRoleForm } from './change-role-form'

/**
 * Change role and archive on a member's page. The owner gets neither (the API refuses both), and
 * an archived member cannot be changed (409), so the buttons say so instead of failing.
 */
export function MemberActions({ workspaceId, member }: { workspaceId: number; member: Member }) {
  const [dialog, setDialog] = useState<'role' | 'archive' | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const update = useUpdateMember(workspaceId)
  const archive = useArchiveMember(workspaceId)
  const name = fullName(member)
  const locked = isOwner(member.current_role) || member.status === 'left'
  const close = () => {
    archive.reset()
    setDialog(null)
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" variant="outline" disabled={locked} onClick={() => setDialog('role')}>
        Change role
      </Button>
      <Button size="sm" variant="outline" disabled={locked} onClick={() => setDialog('archive')}>
        Archive
      </Button>
      {locked && (
        <span className="text-xs text-muted-foreground">
          {member.status === 'left' ? 'Archived members cannot be changed.' : 'The owner’s role cannot be changed, nor can the owner be archived.'}
        </span>
      )}
      {notice && (
        <p role="status" className="text-muted-foreground">
          {notice}
        </p>
      )}
      <Dialog open={dialog === 'role'} onClose={close} title={`Change ${name}’s role`}>
        {dialog === 'role' && !isOwner(member.current_role) && (
          <ChangeRoleForm
            defaultRole={assignableRoles.find((role) => role === member.current_role)}
            onCancel={close}
            onSubmit={async ({ role }) => {
              await update.mutateAsync({
                memberId: member.id,
                input: { role },
              })
              setNotice(`${name} is now ${role}.`)
              close()
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={dialog === 'archive'}
        title={`Archive ${name}?`}
        description="They lose access to the workspace and their contracts end. Their tracked time stays in reports."
        confirmLabel="Archive member"
        pendingLabel="Archiving…"
        pending={archive.isPending}
        error={archive.error}
        onClose={close}
        onConfirm={() =>
          archive.mutate(member.id, {
            onSuccess: () => {
              setNotice(`${name} is archived.`)
              close()
            },
          })
        }
      />
    </div>
  )
}
