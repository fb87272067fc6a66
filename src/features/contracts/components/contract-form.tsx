import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { contractStatusValues, createContractInputSchema, screenshotModeValues, updateContractInputSchema } from '@/contract/contracts'
import { FormActions } from '@/components/data/form-actions'
import { Field } from '@/components/ui/field'
import { Input, labelledOptions, namedOptions, Options, Select, wordOptions } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'
import { emptyToUndefined, toOptionalNumber } from '@/utils/server-errors'
import { contractFormFields, screenshotLabels, type ContractFormValues, type Option } from '../contract-form-values'

type Output = ContractFormValues

const resolvers = {
  create: zodResolver(createContractInputSchema) as unknown as Resolver<ContractFormValues, unknown, Output>,
  edit: zodResolver(updateContractInputSchema) as unknown as Resolver<ContractFormValues, unknown, Output>,
}
const screenshotOptions = labelledOptions(screenshotModeValues, screenshotLabels)
const statusOptions = wordOptions(contractStatusValues)
/** The choice for a setting WebWork did not tell us (or one we do not know): unchanged. */
const KEEP = '— (keep as it is)'

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
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({ resolver: resolvers[mode], defaultValues, fields: contractFormFields, onSubmit })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      {mode === 'create' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Member" error={errors.user_id?.message}>
            {(props) => (
              <Select {...props} {...register('user_id', { setValueAs: toOptionalNumber })}>
                <Options empty="Choose a member" items={namedOptions(members)} />
              </Select>
            )}
          </Field>
          <Field label="Project" error={errors.project_id?.message}>
            {(props) => (
              <Select {...props} {...register('project_id', { setValueAs: toOptionalNumber })}>
                <Options empty="Choose a project" items={namedOptions(projects)} />
              </Select>
            )}
          </Field>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={currency ? `Hourly rate (${currency})` : 'Hourly rate'} error={errors.rate?.message} hint="Empty: the member’s workspace rate.">
          {(props) => <Input {...props} type="number" inputMode="decimal" min="0" step="0.01" {...register('rate', { setValueAs: toOptionalNumber })} />}
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
              <Options
                empty={mode === 'create' ? 'The project’s mode' : defaultValues.screenshots === undefined ? KEEP : undefined}
                items={screenshotOptions}
              />
            </Select>
          )}
        </Field>
        {mode === 'edit' && (
          <Field label="Status" error={errors.status?.message}>
            {(props) => (
              <Select {...props} {...register('status', { setValueAs: emptyToUndefined })}>
                <Options empty={defaultValues.status === undefined ? KEEP : undefined} items={statusOptions} />
              </Select>
            )}
          </Field>
        )}
      </div>
      <FormActions
        error={errors.root?.server?.message}
        submitting={isSubmitting}
        submitLabel={mode === 'create' ? 'Create contract' : 'Save changes'}
        onCancel={onCancel}
      />
    </form>
  )
}
