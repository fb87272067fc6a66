import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../api/errors'
import type { DocumentedOperation, RichFailure, RichSuccess } from './answer'
import { documentedOperations } from './documented-operations'

// The docs dialect: the routes run as in the rich dialect (same validation, same state changes),
// then their JSON answer is cut to what the vendor's docs show. Paths the docs do not have answer
// 404 before any route runs, so an undocumented write changes nothing.

const API_BASE = '/api/v2'

interface CompiledOperation {
  operation: DocumentedOperation
  pattern: RegExp
}

/** `/members/:id` -> `^/members/[^/]+$`. */
function compile(operation: DocumentedOperation): CompiledOperation {
  const source = operation.path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return { operation, pattern: new RegExp(`^${source}$`) }
}

const compiled = documentedOperations.map(compile)

/** The documented operation a request calls, if any (HEAD is GET without a body). */
export function documentedOperation(method: string, apiPath: string): DocumentedOperation | undefined {
  const verb = method === 'HEAD' ? 'GET' : method
  // Laravel treats `/members/` as `/members`.
  const path = apiPath.length > 1 ? apiPath.replace(/\/+$/, '') : apiPath
  return compiled.find((c) => c.operation.method === verb && c.pattern.test(path))?.operation
}

/**
 * Laravel's answer for a route it does not have, in the API's error envelope. Assumed: a known
 * path with another method (DELETE /webhooks/{id}) is a 404 too, not Laravel's 405, so that every
 * extension reads the same way: not there.
 */
export const routeNotFound = (path: string) => new ApiError(404, `The route ${path.replace(/^\//, '')} could not be found.`, { error: 'Not Found' })

export function docsDialect(): MiddlewareHandler {
  return async (c, next) => {
    const operation = documentedOperation(c.req.method, c.req.path.slice(API_BASE.length) || '/')
    // Before authentication, as Laravel matches routes before their middleware runs.
    if (!operation) throw routeNotFound(c.req.path)
    await next()
    if (!c.res.headers.get('content-type')?.includes('application/json')) return
    const rich = (await c.res.clone().json()) as RichSuccess | RichFailure
    const reshaped = rich.success ? operation.success(rich) : operation.failure?.(rich)
    if (!reshaped) return
    const headers = new Headers(c.res.headers)
    headers.delete('content-length')
    const status = c.res.status
    // Cleared first: assigning over a response would merge the old one's headers back in.
    c.res = undefined
    c.res = new Response(JSON.stringify(reshaped), { status, headers })
  }
}
