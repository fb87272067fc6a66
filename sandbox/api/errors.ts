import type { FieldErrors } from '../../src/contract/envelope'

/** An API answer other than success, rendered as the documented error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 502 | 503,
    message: string,
    readonly detail: { error?: string; errors?: FieldErrors; headers?: Record<string, string> } = {},
  ) {
    super(message)
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} not found.`, { error: 'Not Found' })

export const validationFailed = (errors: FieldErrors) => new ApiError(422, 'Validation failed', { errors })

/** A 422 on one field, the shape forms can put next to that field. */
export const fieldError = (field: string, message: string) => validationFailed({ [field]: [message] })

export const conflict = (message: string) => new ApiError(409, message, { error: 'Conflict' })
export const forbidden = (message: string) => new ApiError(403, message, { error: 'Forbidden' })
