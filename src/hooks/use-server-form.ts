import type { FormEvent } from 'react'
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form'
import { applyServerErrors } from '@/utils/server-errors'

/**
 * A react-hook-form form whose submit goes to the server: a failure never loses what was typed;
 * a 422's messages land on the fields this form shows (`fields`, with the API's other names for
 * them in `aliases`), everything else in `errors.root.server`.
 */
export function useServerForm<Values extends FieldValues, Output>({
  resolver,
  defaultValues,
  fields,
  aliases,
  onSubmit,
}: {
  resolver: Resolver<Values, unknown, Output>
  defaultValues: NoInfer<DefaultValues<Values>>
  fields: readonly Path<Values>[]
  aliases?: Record<string, Path<Values>>
  onSubmit: (values: Output) => Promise<unknown>
}) {
  const form = useForm<Values, unknown, Output>({ resolver, defaultValues })
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, form.setError, fields, aliases)
    }
  })
  return { ...form, submit: (event: FormEvent) => void submit(event) }
}
