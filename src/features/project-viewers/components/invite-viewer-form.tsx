import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createProjectViewerInputSchema, type CreateProjectViewerInput } from '@/contract/project-viewers'
import { FormActions } from '@/components/data/form-actions'
import { PersonFields } from '@/components/data/person-fields'
import { Label } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'

export type InviteViewerOutput = z.output<typeof createProjectViewerInputSchema>
type Values = Omit<CreateProjectViewerInput, 'project_ids'> & {
  project_ids: string[]
}
const contractResolver = zodResolver(createProjectViewerInputSchema) as unknown as Resolver<Values, unknown, InviteViewerOutput>
// Checkboxes give the ids as text: numbers before validation.
const resolver: Resolver<Values, unknown, InviteViewerOutput> = (values, context, options) =>
  contractResolver({ ...values, project_ids: (values.project_ids || []).map(Number) } as unknown as Values, context, options)

/** A client who sees the chosen projects, read-only. */
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
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({
    resolver,
    defaultValues: {
      email: '',
      firstname: '',
      lastname: '',
      project_ids: defaultProjectIds.map(String),
    },
    fields: ['email', 'firstname', 'lastname', 'project_ids'],
    onSubmit,
  })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <PersonFields register={register} errors={errors} />
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
      <FormActions error={errors.root?.server?.message} submitting={isSubmitting} submitLabel="Invite viewer" pendingLabel="Inviting…" onCancel={onCancel} />
    </form>
  )
}
