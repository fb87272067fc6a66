import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createProjectViewerInputSchema, type CreateProjectViewerInput } from '@/contract/project-viewers'
import { FormAlert } from '@/components/data/form-alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input, Label } from '@/components/ui/input'
import { applyServerErrors } from '@/utils/server-errors'

export type InviteViewerOutput = z.output<typeof createProjectViewerInputSchema>
type Values = Omit<CreateProjectViewerInput, 'project_ids'> & {
  project_ids: string[]
}
const resolver = zodResolver(createProjectViewerInputSchema) as unknown as Resolver<Values, unknown, InviteViewerOutput>

/** A client who sees the chosen projects, read-only; checkboxes give ids as text, mapped before validation. */
export function InviteViewerForm({
  projects,
  defaultProjectIds = [],
  onSubmit,
  onCancel,
}: {
  projects: readonly { id: number; name: string }[]
  defaultProjectIds?: number[]
  onSubmit: (values: InviteViewerOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, InviteViewerOutput>({
    resolver: (values, ctx, options) =>
      resolver(
        {
          ...values,
          project_ids: (values.project_ids || []).map(Number),
        } as unknown as Values,
        ctx,
        options,
      ),
    defaultValues: {
      email: '',
      firstname: '',
      lastname: '',
      project_ids: defaultProjectIds.map(String),
    },
  })
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, setError, ['email', 'firstname', 'lastname', 'project_ids'])
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
      <fieldset className="grid gap-1.5">
        <legend className="mb-1.5">
          <Label>Projects they may see</Label>
        </legend>
        <div className="grid max-h-40 gap-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2">
          {projects.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={p.id} className="size-4 accent-primary" {...register('project_ids')} />
              {p.name}
            </label>
          ))}
        </div>
        {errors.project_ids?.message && <p className="text-xs text-destructive">{errors.project_ids.message}</p>}
      </fieldset>
      <FormAlert message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Inviting…' : 'Invite viewer'}
        </Button>
      </div>
    </form>
  )
}
