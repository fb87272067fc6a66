import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createProjectInputSchema } from '@/contract/projects'
import { FormActions } from '@/components/data/form-actions'
import { Field } from '@/components/ui/field'
import { Input, Textarea } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'
import { emptyToNull, toNullableNumber } from '@/utils/server-errors'
import { projectFormFields, type ProjectFormValues } from '../project-form-values'

export type ProjectFormOutput = z.output<typeof createProjectInputSchema>

// The form always sends every field (null clears one), so the create schema also checks an edit.
const resolver = zodResolver(createProjectInputSchema) as Resolver<ProjectFormValues, unknown, ProjectFormOutput>

/** Create or edit a project; a 422 lands on its field and what was typed stays. */
export function ProjectForm({
  mode,
  defaultValues,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: ProjectFormValues
  onSubmit: (values: ProjectFormOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({ resolver, defaultValues, fields: projectFormFields, onSubmit })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <Field label="Name" error={errors.name?.message}>
        {(props) => <Input {...props} autoComplete="off" {...register('name')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Start date" error={errors.start_date?.message}>
          {(props) => <Input {...props} type="date" {...register('start_date', { setValueAs: emptyToNull })} />}
        </Field>
        <Field label="Deadline" error={errors.deadline?.message}>
          {(props) => <Input {...props} type="date" {...register('deadline', { setValueAs: emptyToNull })} />}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Estimation (hours)" error={errors.estimation?.message}>
          {(props) => <Input {...props} type="number" inputMode="decimal" min="0" step="0.5" {...register('estimation', { setValueAs: toNullableNumber })} />}
        </Field>
        <Field label="Budget" error={errors.budget?.message} hint="In the workspace’s currency.">
          {(props) => <Input {...props} type="number" inputMode="decimal" min="0" step="0.01" {...register('budget', { setValueAs: toNullableNumber })} />}
        </Field>
      </div>
      <Field label="Notes" error={errors.notes?.message}>
        {(props) => <Textarea {...props} {...register('notes', { setValueAs: emptyToNull })} />}
      </Field>
      <FormActions
        error={errors.root?.server?.message}
        submitting={isSubmitting}
        submitLabel={mode === 'create' ? 'Create project' : 'Save changes'}
        onCancel={onCancel}
      />
    </form>
  )
}
