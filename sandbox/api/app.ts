import { Hono } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { ApiEnv, SandboxContext } from '../context'
import { docsDialect } from '../dialect/docs-dialect'
import { resolveCaller } from './auth'
import { failure } from './envelope'
import { ApiError, notFound } from './errors'
import { injectFaults } from './faults'
import { contractRoutes } from './routes/contracts'
import { expenseRoutes } from './routes/expenses'
import { leaveRoutes } from './routes/leaves'
import { memberRoutes } from './routes/members'
import { projectRoutes } from './routes/projects'
import { projectViewerRoutes } from './routes/project-viewers'
import { reportRoutes } from './routes/reports'
import { taskRoutes } from './routes/tasks'
import { timeEntryRoutes } from './routes/time-entries'
import { timeRequestRoutes } from './routes/time-requests'
import { timeTrackingRoutes } from './routes/time-tracking'
import { timesheetRoutes } from './routes/timesheets'
import { webhookRoutes } from './routes/webhooks'
import { workspaceRoutes } from './routes/workspaces'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** API V2 under `/api/v2`: (docs dialect,) auth, rate limit, body, faults, then the resource routes. */
export function apiApp(ctx: SandboxContext) {
  const api = new Hono<ApiEnv>()

  // Outermost, so it sees every answer and 404s undocumented paths before anything else runs;
  // the rich dialect has no such layer at all, so its answers stay exactly as the routes write them.
  if (ctx.config.dialect === 'docs') api.use(docsDialect())

  // Authenticate before counting, so that the limit is per user across all of their tokens;
  // requests without a valid token are counted per client address.
  api.use(async (c, next) => {
    const caller = resolveCaller(ctx.store, c.req.header('authorization'))
    const key = caller ? `user:${caller.user.id}` : `ip:${getConnInfo(c).remote.address ?? 'unknown'}`
    const decision = ctx.limiter.hit(key)
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(decision.limit),
      'X-RateLimit-Remaining': String(decision.remaining),
    }
    if (decision.retryAfter !== undefined) {
      throw new ApiError(429, 'Too Many Attempts.', {
        error: 'Too Many Requests',
        headers: {
          ...headers,
          'Retry-After': String(decision.retryAfter),
          'X-RateLimit-Reset': String(Math.ceil(decision.resetAt / 1000)),
        },
      })
    }
    if (!caller) {
      throw new ApiError(401, 'Unauthenticated.', {
        error: 'Unauthorized',
        headers: { ...headers, 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"' },
      })
    }
    const needed = WRITE_METHODS.has(c.req.method) ? 'write' : 'read'
    if (!caller.scope.includes(needed)) {
      throw new ApiError(403, `This action requires the "${needed}" scope.`, { error: 'Forbidden', headers })
    }
    c.set('caller', caller)
    await next()
    // Downstream errors have already become c.res here (Hono handles them per handler).
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  })

  // Nothing answered with 2xx may be lost: a write's answer waits until the change is on disk. While
  // the data cannot be saved, writes are refused rather than accepted and then forgotten.
  api.use(async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next()
    if (ctx.store.saveError) throw cannotSave()
    await next()
    if (c.res.status >= 300) return
    try {
      await ctx.store.flush()
    } catch {
      c.res = failure(c, cannotSave())
    }
  })

  // Only now, for a known caller within their limit, is a body read, and never more than 1 MB of it.
  api.use(async (c, next) => {
    c.set('body', await readBody(c.req.raw, c.req.method))
    await next()
  })

  api.use(injectFaults(ctx.config.faults))

  api.route('/workspaces', workspaceRoutes(ctx))
  api.route('/members', memberRoutes(ctx))
  api.route('/contracts', contractRoutes(ctx))
  api.route('/timesheets', timesheetRoutes(ctx))
  api.route('/time-requests', timeRequestRoutes(ctx))
  api.route('/reports', reportRoutes(ctx))
  api.route('/leaves', leaveRoutes(ctx))
  api.route('/expenses', expenseRoutes(ctx))
  api.route('/projects', projectRoutes(ctx))
  api.route('/tasks', taskRoutes(ctx))
  api.route('/project-viewers', projectViewerRoutes(ctx))
  api.route('/webhooks', webhookRoutes(ctx))
  api.route('/time-tracking', timeTrackingRoutes(ctx))
  api.route('/time-entries', timeEntryRoutes(ctx))
  api.all('*', () => {
    throw notFound('Endpoint')
  })
  return api
}

/** Assumed: the vendor's docs name no limit; 1 MB is far above any documented body. */
export const MAX_BODY_BYTES = 1024 * 1024

const cannotSave = () =>
  new ApiError(503, 'The sandbox cannot save its data right now; the change is kept in memory and saved when it can. Try again shortly.', {
    error: 'Service Unavailable',
  })

const tooLarge = () => new ApiError(413, 'The request body may not be larger than 1 MB.', { error: 'Payload Too Large' })

/** The body as text, refused as soon as it passes `MAX_BODY_BYTES` (chunked bodies included). */
async function boundedText(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/** JSON bodies on writes (DELETE included: the docs send workspace_id in DELETE bodies). */
async function readBody(request: Request, method: string): Promise<Record<string, unknown>> {
  if (!WRITE_METHODS.has(method)) return {}
  const text = await boundedText(request)
  if (!text.trim()) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.', { error: 'Bad Request' })
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'The request body must be a JSON object.', { error: 'Bad Request' })
  }
  return parsed as Record<string, unknown>
}
