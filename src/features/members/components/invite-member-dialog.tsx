import { useState } from 'react'
import { CopyField } from '@/components/data/copy-button'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { useInviteMember } from '@/api/members/mutations'
import { InviteMemberForm } from './invite-member-form'

/** The form, then the invitation link the API answers (WebWork also emails it; this is for chat). */
export function InviteMemberDialog({ workspaceId, open, onClose }: { workspaceId: number; open: boolean; onClose: () => void }) {
  const invite = useInviteMember(workspaceId)
  const [sent, setSent] = useState<{ email: string; link: string | null } | null>(null)
  const close = () => {
    setSent(null)
    onClose()
  }
  return (
    <Dialog open={open} onClose={close} title={sent ? 'Invitation sent' : 'Invite a member'}>
      {sent ? (
        <div className="flex flex-col gap-3">
          <p>
            {sent.email} is invited and shows as <em>inactive</em> until they accept.
            {sent.link ? ' Share this link with them:' : ' WebWork emails them the invitation.'}
          </p>
          {sent.link && <CopyField label="Invitation link" value={sent.link} />}
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <InviteMemberForm
          onCancel={close}
          onSubmit={async (values) => {
            // `success: true` is the invitation sent; the link is shown when the answer carries it.
            const answer = await invite.mutateAsync(values)
            setSent({ email: values.email, link: answer.data?.invitation_link ?? null })
          }}
        />
      )}
    </Dialog>
  )
}
