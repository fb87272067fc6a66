import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Resolver } from 'react-hook-form'
import { createContractInputSchema, screenshotModeValues, updateContractInputSchema } from '@/contract/contracts'
import { FormAlert } from '@/components/data/form-alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input, Select } from '@/components/ui/input'
import { applyServerErrors, emptyToUndefined, toOptionalNumber } from '@/utils/server-errors'
import { contractFormFields, screenshotLabels, type ContractFormValues, type Option } from '../contract-form-values'

type Output = ContractFormValues

const resolvers = {
  create: zodResolver(createContractInputSchema) as unknown as Resolver<ContractFormValues, unknown, Output>,
  edit: zodResolver(updateContractInputSchema) as unknown as Resolver<ContractFormValues, unknown, Output>,
}

/**
 * Create a contract (who, on what) or edit its settings. The rate is hourly; the API keeps it only
 * when the caller may see rates, otherwise the member's workspace rate applies.
 */
export function ContractForm({
  mode,
  defaultValues,
  members,
  projects,
  currency,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: ContractFormValues
  members: readonly Option[]
  projects: readonly Option[]
  currency: string | null
  onSubmit: (values: Output) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContractFormValues, unknown, Output>({
    resolver: resolvers[mode],
    defaultValues,
  })
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, setError, contractFormFields)
    }
  })
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
      {mode === 'create' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Member" error={errors.user_id?.message}>
            {(props) => (
              <Select {...props} {...register('user_id', { setValueAs: toOptionalNumber })}>
                <option value="">Choose a member</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Project" error={errors.project_id?.message}>
            {(props) => (
              <Select {...props} {...register('project_id', { setValueAs: toOptionalNumber })}>
                <option value="">Choose a project</option>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={currency ? `Hourly rate (${currency})` : 'Hourly rate'} error={errors.rate?.message} hint="Empty: the member’s workspace rate.">
          {(props) => (
            <Input {...props} type="number" inputMode="decimal" min="0" step="0.01" {...register('rate', { setValueAs: toOptionalNumber })} />
          )}
        </Field>
        <Field label="Weekly hours limit" error={errors.weekly_hours_limit?.message} hint="168 means no limit.">
          {(props) => (
            <Input
              {...props}
              type="number"
              inputMode="numeric"
              min="0"
              max="168"
              step="1"
              {...register('weekly_hours_limit', {
                setValueAs: toOptionalNumber,
              })}
            />
          )}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Screenshots" error={errors.screenshots?.message} hint={mode === 'create' ? 'Empty: the project’s mode.' : undefined}>
          {(props) => (
            <Select {...props} {...register('screenshots', { setValueAs: emptyToUndefined })}>
              {mode === 'create' && <option value="">The project’s mode</option>}
              {screenshotModeValues.map((mode) => (
                <option key={mode} value={mode}>
                  {screenshotLabels[mode]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {mode === 'edit' && (
          <Field label="Status" error={errors.status?.message}>
            {(props) => (
              <Select {...props} {...register('status')}>
                <option value="active">Active</option>
                <option value="paused">Paused</option>
              </Select>
            )}
          </Field>
        )}
      </div>
      <FormAlert message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : mode === 'create' ? 'Create contract' : 'Save changes'}
        </Button>
      </div>
    </form>
  )
}
