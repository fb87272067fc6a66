import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { inviteMemberInputSchema, type InviteMemberInput } from '@/contract/members'
import { FormAlert } from '@/components/data/form-alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input, Select } from '@/components/ui/input'
import { applyServerErrors } from '@/utils/server-errors'
import { assignableRoles, roleRulesHint } from '../role-rules'

const fields = ['email', 'firstname', 'lastname', 'role'] as const

/** Invite a member, validated by the contract's schema; a 422 lands on its field, typed text stays. */
export function InviteMemberForm({ onSubmit, onCancel }: { onSubmit: (values: InviteMemberInput) => Promise<unknown>; onCancel: () => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberInputSchema),
    defaultValues: {
      email: '',
      firstname: '',
      lastname: '',
      role: 'Regular User',
    },
  })
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, setError, fields)
    }
  })
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
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
      <FormAlert message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Inviting…' : 'Send invitation'}
        </Button>
      </div>
    </form>
  )
}
