import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { API_VERSION } from '../../src/contract/envelope'

// The server's own refusals use the vendor's error envelope, so the app reads them like the API's.

/** The docs' timestamps carry microseconds: `2026-01-29T12:00:00.000000Z`. */
const timestamp = () => new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')

export function errorEnvelope(message: string, error: string) {
  return { success: false as const, message, error, meta: { api_version: API_VERSION, timestamp: timestamp() } }
}

export function failure(c: Context, status: ContentfulStatusCode, message: string, error: string, headers: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(headers)) c.header(name, value)
  c.header('Cache-Control', 'no-store')
  return c.json(errorEnvelope(message, error), status)
}

export const unauthenticated = (c: Context) => failure(c, 401, 'Unauthenticated.', 'Unauthorized')
