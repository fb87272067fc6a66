import { zodResolver } from '@hookform/resolvers/zod'
import { inviteMemberInputSchema, type InviteMemberInput } from '@/contract/members'
import { FormActions } from '@/components/data/form-actions'
import { Field } from '@/components/ui/field'
import { Input, Select } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'
import { assignableRoles, roleRulesHint } from '../role-rules'

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
    fields: fields,
    onSubmit,
  })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <Field label="Email" error={errors.email?.message}>
        {(props) => <Input {...props} type="email" autoComplete="off" {...register('email')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="First name" error={errors.firstname?.message}>
          {(props) => <Input {...props} autoComplete="off" {...register('firstname')} />}
        </Field>
        <Field label="Last name" error={errors.lastname?.message}>
          {(props) => <Input {...props} autoComplete="off" {...register('lastname')} />}
        </Field>
      </div>
      <Field label="Role" error={errors.role?.message} hint={roleRulesHint}>
        {(props) => (
          <Select {...props} {...register('role')}>
            {assignableRoles.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </Select>
        )}
      </Field>
      <FormActions
        error={errors.root?.server?.message}
        submitting={isSubmitting}
        submitLabel={'Send invitation'}
        pendingLabel="Inviting…"
        onCancel={onCancel}
      />
    </form>
  )
}
