import { zodResolver } from '@hookform/resolvers/zod'
import { inviteMemberInputSchema, type InviteMemberInput } from '@/contract/members'
import { FormActions } from '@/components/data/form-actions'
import { PersonFields } from '@/components/data/person-fields'
import { useServerForm } from '@/hooks/use-server-form'
import { RoleField } from './role-field'

const fields = ['email', 'firstname', 'lastname', 'role'] as const

/** Invite a member, validated by the contract's schema; a 422 lands on its field, typed text stays. */
export function InviteMemberForm({ onSubmit, onCancel }: { onSubmit: (values: InviteMemberInput) => Promise<unknown>; onCancel: () => void }) {
  const {
    register,
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({
    resolver: zodResolver(inviteMemberInputSchema),
    defaultValues: {
      email: '',
      firstname: '',
      lastname: '',
      role: 'Regular User',
    },
    fields,
    onSubmit,
  })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <PersonFields register={register} errors={errors} />
      <RoleField error={errors.role?.message} registration={register('role')} />
      <FormActions error={errors.root?.server?.message} submitting={isSubmitting} submitLabel="Send invitation" pendingLabel="Inviting…" onCancel={onCancel} />
    </form>
  )
}
