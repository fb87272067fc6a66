import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createExpenseInputSchema, updateExpenseInputSchema, type ExpenseCategory } from '@/contract/expenses'
import { FormActions } from '@/components/data/form-actions'
import { Field } from '@/components/ui/field'
import { Input, namedOptions, Options, Select, Textarea } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'
import { emptyToNull, emptyToUndefined, toNullableNumber, toOptionalNumber } from '@/utils/server-errors'
import { expenseFormFields, type ExpenseFormValues, type ProjectOption } from '../expense-form-values'

export type ExpenseFormOutput = z.output<typeof updateExpenseInputSchema>

// `description` is the API's other name for the note.
const aliases = { description: 'note' } as const

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
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({ resolver: resolvers[mode], defaultValues, fields: expenseFormFields, aliases, onSubmit })

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <Field label="Name" error={errors.expense_name?.message}>
        {(props) => <Input {...props} autoComplete="off" {...register('expense_name')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={currency ? `Amount (${currency})` : 'Amount'} error={errors.amount?.message}>
          {(props) => <Input {...props} type="number" inputMode="decimal" step="0.01" min="0" {...register('amount', { setValueAs: toOptionalNumber })} />}
        </Field>
        <Field label="Date" error={errors.date?.message}>
          {(props) => <Input {...props} type="date" {...register('date', { setValueAs: emptyToUndefined })} />}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Category" error={errors.category_id?.message}>
          {(props) => (
            <Select {...props} {...register('category_id', { setValueAs: emptyToUndefined })}>
              <Options empty="Choose a category" items={namedOptions(categories)} />
            </Select>
          )}
        </Field>
        <Field
          label="Project"
          error={errors.project_id?.message}
          hint={missingProject ? `“${missingProject}” is not in this list; saving without a project clears it.` : undefined}
        >
          {(props) => (
            <Select {...props} {...register('project_id', { setValueAs: toNullableNumber })}>
              <Options empty="No project" items={namedOptions(projects)} />
            </Select>
          )}
        </Field>
      </div>
      <Field label="Note" error={errors.note?.message}>
        {(props) => <Textarea {...props} {...register('note', { setValueAs: emptyToNull })} />}
      </Field>
      <label className="flex w-fit items-center gap-2">
        <input type="checkbox" className="size-4 accent-primary" {...register('is_billable')} />
        Billable to the client
      </label>
      <FormActions
        error={errors.root?.server?.message}
        submitting={isSubmitting}
        submitLabel={mode === 'create' ? 'Add expense' : 'Save changes'}
        onCancel={onCancel}
      />
    </form>
  )
}
