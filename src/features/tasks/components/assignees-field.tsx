import { useController, type Control } from 'react-hook-form'
import { FieldError } from '@/components/ui/field'
import { Label } from '@/components/ui/input'
import type { TaskFormOutput, TaskFormValues } from '../task-form-values'
import type { AssigneeOption } from './task-assignees'

/**
 * Who the new task is for, sent with the create (`assignees`, user ids). Only members with an
 * active contract on the project are offered: the API refuses anyone else with a 422.
 */
export function AssigneesField({ control, candidates }: { control: Control<TaskFormValues, unknown, TaskFormOutput>; candidates: readonly AssigneeOption[] }) {
  const { field, fieldState } = useController({ control, name: 'assignees' })
  const chosen = new Set(field.value ?? [])
  const toggle = (id: number, on: boolean) => field.onChange(candidates.map((c) => c.id).filter((c) => (c === id ? on : chosen.has(c))))
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5">
        <Label>Assignees</Label>
      </legend>
      {candidates.length === 0 ? (
        <p className="text-xs text-muted-foreground">Nobody has an active contract on this project yet: add one to assign tasks.</p>
      ) : (
        <div className="grid max-h-40 gap-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2">
          {candidates.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={chosen.has(c.id)}
                onChange={(e) => toggle(c.id, e.target.checked)}
                onBlur={field.onBlur}
              />
              {c.name}
            </label>
          ))}
        </div>
      )}
      <FieldError message={fieldState.error?.message} />
    </fieldset>
  )
}
