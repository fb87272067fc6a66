import type { MiddlewareHandler } from 'hono'
import { failure } from './api/envelope'

// Writes need an Origin header equal to PUBLIC_URL's origin. hono/csrf checks only form-like
// content types (a JSON POST passes it unchecked), and the session cookie rides on every
// same-site request, so the server checks every write itself, whatever its body.

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function requireSameOrigin(publicUrl: string): MiddlewareHandler {
  const origin = new URL(publicUrl).origin
  return async (c, next) => {
    if (WRITES.has(c.req.method) && c.req.header('origin') !== origin) {
      return failure(c, 403, 'Cross-site request refused: writes must come from the dashboard itself.', 'Forbidden')
    }
    await next()
  }
}
