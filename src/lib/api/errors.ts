import type { FieldErrors } from '@/contract/envelope'

/** What went wrong, in the terms the UI cares about. */
export type ApiErrorKind =
  | 'bad-request' // 400
  | 'unauthorized' // 401 after one renewal
  | 'forbidden' // 403: the role may not do this
  | 'not-found' // 404
  | 'conflict' // 409
  | 'validation' // 422, with field messages
  | 'rate-limited' // 429 that outlived Retry-After
  | 'server' // 5xx
  | 'network' // no answer at all
  | 'invalid-response' // an answer that does not match the contract
  | 'not-offered' // 404/405 on an endpoint the vendor's docs do not promise (capabilities.ts)

export class ApiError extends Error {
  readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: {
      status?: number
      fieldErrors?: FieldErrors
      /** Seconds, from Retry-After. */
      retryAfter?: number
      /** Method and path, for support and logs. */
      request?: string
      cause?: unknown
    } = {},
  ) {
    super(message, { cause: details.cause })
  }

  get status() {
    return this.details.status
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind)
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status === 409) return 'conflict'
  if (status === 422) return 'validation'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'server'
  return 'bad-request'
}

/** Plain words for each kind, for screens that have nothing more specific to say. */
export const errorTitles: Record<ApiErrorKind, string> = {
  'bad-request': 'The request was not accepted',
  unauthorized: 'Your session has ended',
  forbidden: 'Your role may not see this',
  'not-found': 'Not found',
  conflict: 'Someone changed this first',
  validation: 'Some fields need attention',
  'rate-limited': 'Too many requests',
  server: 'WebWork had a problem',
  network: 'WebWork could not be reached',
  'invalid-response': 'WebWork sent an answer this dashboard does not understand',
  'not-offered': "WebWork's API does not offer this",
}

/** 4xx means asking again will not help (429 is handled inside the client). */
export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.kind === 'server' || error.kind === 'network' || error.kind === 'rate-limited'
}
