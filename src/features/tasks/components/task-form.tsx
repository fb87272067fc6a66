import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { createTaskInputSchema, taskPriorityCodes, taskPriorityLabels, taskStatusCodes, taskStatusLabels } from '@/contract/tasks'
import { FormActions } from '@/components/data/form-actions'
import { Field } from '@/components/ui/field'
import { Input, labelledOptions, Options, Select, Textarea } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'
import { emptyToNull, toOptionalNumber } from '@/utils/server-errors'
import { taskFormFields, type TaskFormOutput, type TaskFormValues } from '../task-form-values'
import { AssigneesField } from './assignees-field'
import type { AssigneeOption } from './task-assignees'

// The form sends every field (null clears one), so the create schema checks an edit too.
const resolver = zodResolver(createTaskInputSchema) as Resolver<TaskFormValues, unknown, TaskFormOutput>
const statusOptions = labelledOptions(taskStatusCodes, taskStatusLabels)
const priorityOptions = labelledOptions(taskPriorityCodes, taskPriorityLabels)
/** The choice for a status or priority WebWork did not tell us (or one we do not know): unchanged. */
const KEEP = '— (keep as it is)'

export function TaskForm({
  mode,
  defaultValues,
  candidates,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: TaskFormValues
  /** Who a new task may be assigned to; an existing task's assignees change in the list. */
  candidates: readonly AssigneeOption[]
  onSubmit: (values: TaskFormOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    control,
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({ resolver, defaultValues, fields: taskFormFields, onSubmit })
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <Field label="Title" error={errors.title?.message}>
        {(props) => <Input {...props} autoComplete="off" {...register('title')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Status" error={errors.status?.message} hint="Closed is what WebWork’s API calls Completed.">
          {(props) => (
            <Select {...props} {...register('status', { setValueAs: toOptionalNumber })}>
              <Options items={statusOptions} empty={defaultValues.status === undefined ? KEEP : undefined} />
            </Select>
          )}
        </Field>
        <Field label="Priority" error={errors.priority?.message}>
          {(props) => (
            <Select {...props} {...register('priority', { setValueAs: toOptionalNumber })}>
              <Options items={priorityOptions} empty={defaultValues.priority === undefined ? KEEP : undefined} />
            </Select>
          )}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Start date" error={errors.start_date?.message}>
          {(props) => <Input {...props} type="date" {...register('start_date', { setValueAs: emptyToNull })} />}
        </Field>
        <Field label="End date" error={errors.end_date?.message}>
          {(props) => <Input {...props} type="date" {...register('end_date', { setValueAs: emptyToNull })} />}
        </Field>
      </div>
      <Field label="Description" error={errors.description?.message}>
        {(props) => <Textarea {...props} {...register('description', { setValueAs: emptyToNull })} />}
      </Field>
      {mode === 'create' && <AssigneesField control={control} candidates={candidates} />}
      <FormActions
        error={errors.root?.server?.message}
        submitting={isSubmitting}
        submitLabel={mode === 'create' ? 'Create task' : 'Save changes'}
        onCancel={onCancel}
      />
    </form>
  )
}
