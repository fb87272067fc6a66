import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isApiError } from '@/lib/api/errors'

/**
 * Puts a failed submit on the form: a 422's messages on the fields the form shows (the first one
 * focused), everything else — other fields, other errors — in `root.server` above the buttons.
 * What was typed stays, because nothing here resets the form.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Record<string, Path<T>> = {},
) {
  if (!isApiError(error, 'validation')) {
    setError('root.server' as Path<T>, {
      message: error instanceof Error ? error.message : String(error),
    })
    return
  }
  const other: string[] = []
  let focused = false
  for (const [key, messages] of Object.entries(error.details.fieldErrors ?? {})) {
    const field = aliases[key] ?? (key.split('.')[0] as Path<T>)
    if (fields.includes(field) && messages[0]) {
      setError(field, { type: 'server', message: messages[0] }, { shouldFocus: !focused })
      focused = true
    } else other.push(...messages)
  }
  if (other.length > 0 || !focused)
    setError('root.server' as Path<T>, {
      message: other.join(' ') || error.message,
    })
}

/** Empty controls become "missing", so the schema says "… field is required." rather than a type error. */
export const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)
export const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v)
export const toOptionalNumber = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : Number(v))
export const toNullableNumber = (v: unknown) => (v === '' || v === undefined || v === null ? null : Number(v))
