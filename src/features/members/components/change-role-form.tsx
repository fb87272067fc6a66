import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { assignableRoleSchema } from '@/contract/common'
import { FormAlert } from '@/components/data/form-alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/input'
import { applyServerErrors } from '@/utils/server-errors'
import { assignableRoles, roleRulesHint } from '../role-rules'

// The `role` of the contract's update schema, required here.
const changeRoleSchema = z.object({ role: assignableRoleSchema })
export type ChangeRoleValues = z.infer<typeof changeRoleSchema>

export function ChangeRoleForm({
  defaultRole,
  onSubmit,
  onCancel,
}: {
  defaultRole?: ChangeRoleValues['role']
  onSubmit: (values: ChangeRoleValues) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangeRoleValues>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { role: defaultRole },
  })
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, setError, ['role'])
    }
  })
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
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
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save role'}
        </Button>
      </div>
    </form>
  )
}
