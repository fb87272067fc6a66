import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createTaskInputSchema, taskPriorityCodes, taskPriorityLabels, taskStatusCodes, taskStatusLabels } from '@/contract/tasks'
import { FormAlert } from '@/components/data/form-alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { fieldClass, Input, Select } from '@/components/ui/input'
import { cn } from '@/lib/utils'
import { applyServerErrors, emptyToNull } from '@/utils/server-errors'
import { taskFormFields, type TaskFormValues } from '../task-form-values'

export type TaskFormOutput = z.output<typeof createTaskInputSchema>

// The form sends every field (null clears one), so the create schema checks an edit too.
const resolver = zodResolver(createTaskInputSchema) as Resolver<TaskFormValues, unknown, TaskFormOutput>

export function TaskForm({
  mode,
  defaultValues,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: TaskFormValues
  onSubmit: (values: TaskFormOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TaskFormValues, unknown, TaskFormOutput>({
    resolver,
    defaultValues,
  })
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, setError, taskFormFields)
    }
  })
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
      <Field label="Title" error={errors.title?.message}>
        {(props) => <Input {...props} autoComplete="off" {...register('title')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Status" error={errors.status?.message}>
          {(props) => (
            <Select {...props} {...register('status', { valueAsNumber: true })}>
              {taskStatusCodes.map((code) => (
                <option key={code} value={code}>
                  {taskStatusLabels[code]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Priority" error={errors.priority?.message}>
          {(props) => (
            <Select {...props} {...register('priority', { valueAsNumber: true })}>
              {taskPriorityCodes.map((code) => (
                <option key={code} value={code}>
                  {taskPriorityLabels[code]}
                </option>
              ))}
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
        {(props) => (
          <textarea {...props} rows={3} className={cn(fieldClass, 'h-auto py-2')} {...register('description', { setValueAs: emptyToNull })} />
        )}
      </Field>
      <FormAlert message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : mode === 'create' ? 'Create task' : 'Save changes'}
        </Button>
      </div>
    </form>
  )
}
