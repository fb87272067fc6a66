import type { z } from 'zod'
import type { FieldErrors } from '../../src/contract/envelope'
import { validationFailed } from './errors'

/** Parse input with a contract schema; a failure becomes a 422 with a field -> messages map. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_'
    ;(errors[field] ??= []).push(issue.message)
  }
  throw validationFailed(errors)
}
