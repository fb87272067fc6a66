import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createExpenseInputSchema, updateExpenseInputSchema, type ExpenseCategory } from '@/contract/expenses'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { fieldClass, Input, Select } from '@/components/ui/input'
import { isApiError } from '@/lib/api/errors'
import { cn } from '@/lib/utils'
import { splitServerErrors, type ExpenseFormValues, type ProjectOption } from '../expense-form-values'

export type ExpenseFormOutput = z.output<typeof updateExpenseInputSchema>

// Empty controls become "missing" (undefined or null), so the schema says "The amount field is
// required." rather than "must be a number".
const toNumber = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : Number(v))
const toProjectId = (v: unknown) => (v === '' || v === undefined || v === null ? null : Number(v))
const orUndefined = (v: unknown) => (v === '' ? undefined : v)
const orNull = (v: unknown) => (v === '' ? null : v)

/**
 * A create may omit billability (it defaults to true); a PUT replaces everything. The two schemas
 * differ only there, and the form always sends `is_billable`, so the create resolver fits the
 * form's (edit-shaped) values.
 */
const resolvers = {
  create: zodResolver(createExpenseInputSchema) as Resolver<ExpenseFormValues, unknown, ExpenseFormOutput>,
  edit: zodResolver(updateExpenseInputSchema),
}

/**
 * Create or edit an expense, validated by the contract's own schemas. A 422 puts each message on
 * its field; any failure keeps what was typed, so the user only fixes and resubmits.
 */
export function ExpenseForm({
  mode,
  defaultValues,
  categories,
  projects,
  currency,
  missingProject,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: Partial<ExpenseFormValues>
  categories: readonly ExpenseCategory[]
  projects: readonly ProjectOption[]
  currency: string | null
  missingProject?: string | null
  onSubmit: (values: ExpenseFormOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ExpenseFormValues, unknown, ExpenseFormOutput>({
    resolver: resolvers[mode],
    defaultValues,
  })

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      if (isApiError(error, 'validation')) {
        const { onFields, other } = splitServerErrors(error.details.fieldErrors)
        onFields.forEach(([field, message], i) => setError(field, { type: 'server', message }, { shouldFocus: i === 0 }))
        if (other.length > 0 || onFields.length === 0) setError('root.server', { message: other.join(' ') || error.message })
      } else {
        setError('root.server', { message: error instanceof Error ? error.message : String(error) })
      }
    }
  })

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
      <Field label="Name" error={errors.expense_name?.message}>
        {(props) => <Input {...props} autoComplete="off" {...register('expense_name')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={currency ? `Amount (${currency})` : 'Amount'} error={errors.amount?.message}>
          {(props) => <Input {...props} type="number" inputMode="decimal" step="0.01" min="0" {...register('amount', { setValueAs: toNumber })} />}
        </Field>
        <Field label="Date" error={errors.date?.message}>
          {(props) => <Input {...props} type="date" {...register('date', { setValueAs: orUndefined })} />}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Category" error={errors.category_id?.message}>
          {(props) => (
            <Select {...props} {...register('category_id', { setValueAs: orUndefined })}>
              <option value="">Choose a category</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Project"
          error={errors.project_id?.message}
          hint={missingProject ? `“${missingProject}” is not in this list; saving without a project clears it.` : undefined}
        >
          {(props) => (
            <Select {...props} {...register('project_id', { setValueAs: toProjectId })}>
              <option value="">No project</option>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Note" error={errors.note?.message}>
        {(props) => <textarea {...props} rows={3} className={cn(fieldClass, 'h-auto py-2')} {...register('note', { setValueAs: orNull })} />}
      </Field>
      <label className="flex w-fit items-center gap-2">
        <input type="checkbox" className="size-4 accent-primary" {...register('is_billable')} />
        Billable to the client
      </label>
      {errors.root?.server && (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-destructive">
          {errors.root.server.message}
        </p>
      )}
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : mode === 'create' ? 'Add expense' : 'Save changes'}
        </Button>
      </div>
    </form>
  )
}
