import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { assignableRoleSchema } from '@/contract/common'
import { FormActions } from '@/components/data/form-actions'
import { useServerForm } from '@/hooks/use-server-form'
import { RoleField } from './role-field'

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
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { role: defaultRole },
    fields: ['role'],
    onSubmit,
  })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <RoleField error={errors.role?.message} registration={register('role')} />
      <FormActions error={errors.root?.server?.message} submitting={isSubmitting} submitLabel="Save role" onCancel={onCancel} />
    </form>
  )
}
