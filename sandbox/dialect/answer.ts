// The vocabulary every resource file of the docs dialect uses: which envelope members the docs
// show for an operation, and which fields of `data` they show. Each resource file states its
// operations with these words; the middleware (docs-dialect.ts) applies them.

export type JsonObject = Record<string, unknown>

/**
 * `meta.pagination` as sandbox/api/envelope.ts writes it. Spelled out here rather than imported
 * from the contract: the dialect reshapes what the sandbox sends, whatever the dashboard reads.
 */
interface RichPagination {
  total: number
  per_page: number
  current_page: number
  last_page: number
  from: number | null
  to: number | null
}

/** A success answer as the rich routes write it (sandbox/api/envelope.ts). */
export interface RichSuccess {
  success: true
  data?: unknown
  message?: string
  meta: { api_version: string; timestamp: string; pagination?: RichPagination }
}

/** An error answer as the rich routes write it. */
export interface RichFailure {
  success: false
  message: string
  error: string | null
  errors?: Record<string, string[]>
  meta: { api_version: string; timestamp: string }
}

export type Reshape<In> = (body: In) => JsonObject

export interface AnswerShape {
  /** The docs show a `message` for this operation (otherwise it is left out). */
  message?: boolean
  /** Where the docs put a list's pagination: in `meta`, at the top level (contracts), or nowhere. */
  pagination?: 'meta' | 'top' | 'none'
  /** `omit`: the docs show `{success, message}` with no `data`; `null`: `data: null`. */
  data?: 'omit' | 'null'
  /** seeds/004 writes `message` before `data`; elsewhere the examples write it after. */
  messageFirst?: boolean
}

/**
 * An envelope in the docs' shape around `data` reshaped by `reshapeData`. `meta` always stays
 * (`api_version`, `timestamp`): the vendor's README gives it to every answer, errors included, so
 * a bare `{success, message}` in endpoints.md is read as "no data" (assumed), not "no meta".
 */
export function answer(shape: AnswerShape, reshapeData: (data: unknown) => unknown = (data) => data): Reshape<RichSuccess> {
  return (rich) => {
    const { pagination, ...meta } = rich.meta
    const message = shape.message && rich.message !== undefined ? { message: rich.message } : {}
    let data: JsonObject = {}
    if (shape.data === 'null') data = { data: null }
    else if (shape.data !== 'omit' && 'data' in rich) data = { data: reshapeData(rich.data) }
    const top = shape.pagination === 'top' && pagination ? { pagination: topLevelPagination(pagination) } : {}
    const inMeta = shape.pagination === 'meta' && pagination ? { pagination } : {}
    return {
      success: true,
      ...(shape.messageFirst ? { ...message, ...data } : { ...data, ...message }),
      ...top,
      meta: { ...meta, ...inMeta },
    }
  }
}

/** Variant B's contracts example: `{current_page, per_page, total, last_page}`, no from/to. */
const topLevelPagination = (p: RichPagination) => ({ current_page: p.current_page, per_page: p.per_page, total: p.total, last_page: p.last_page })

/** Only `keys` of an object, in the docs' order; a key the rich answer lacks stays absent (e.g. `rate`). */
export function pick(keys: readonly string[]) {
  return (value: unknown): JsonObject | null => {
    if (value === null || typeof value !== 'object') return null
    const source = value as JsonObject
    return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]]))
  }
}

/** `item` applied to every element of a list. */
export const each = (item: (value: unknown) => unknown) => (value: unknown) => (Array.isArray(value) ? value.map(item) : value)

/** `fields` picked, then `reshape` run on the result (renames, formats). */
export const pickThen =
  (fields: readonly string[], reshape: (item: JsonObject) => JsonObject) =>
  (value: unknown): JsonObject | null => {
    const picked = pick(fields)(value)
    return picked && reshape(picked)
  }

// The answers the docs show for writes, named once.
/** `{success, message, meta}`: endpoints.md lists only `success` and `message`. */
export const messageOnly = answer({ message: true, data: 'omit' })
/** `{success, data: null, message, meta}` as seeds/003 shows for expense update and delete. */
export const nullData = answer({ message: true, data: 'null' })

/** One operation the vendor documents (a `### METHOD /path` heading of endpoints.md). */
export interface DocumentedOperation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Relative to `/api/v2`, `:name` for a path parameter (Hono's notation). */
  path: string
  /** The docs' answer made from the rich success answer. */
  success: Reshape<RichSuccess>
  /** Error answers pass through unchanged unless an operation says otherwise. */
  failure?: Reshape<RichFailure>
}
