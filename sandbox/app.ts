import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { apiApp } from './api/app'
import { failure } from './api/envelope'
import { ApiError } from './api/errors'
import type { SandboxContext } from './context'
import { oauthRoutes } from './oauth/routes'

/** Origins allowed to call the API and the token endpoints: those of the registered redirect URIs. */
export function allowedOrigins(redirectUris: readonly string[]): Set<string> {
  return new Set(redirectUris.map((uri) => new URL(uri).origin))
}

export function sandboxApp(ctx: SandboxContext) {
  const origins = allowedOrigins(ctx.config.redirectUris)
  const app = new Hono()

  const corsFor = (methods: string[]) =>
    cors({
      origin: (origin) => (origins.has(origin) ? origin : null),
      allowMethods: methods,
      allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
      // Without these the browser hides the rate-limit headers from the dashboard.
      exposeHeaders: ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After'],
      maxAge: 600,
    })
  // Confidential mode plays a vendor that does not serve browsers: no CORS at all, so a page on
  // another origin can neither read the API nor redeem a code; only a server can.
  if (!ctx.config.clientSecret) {
    app.use('/api/*', corsFor(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']))
    app.use('/oauth/token', corsFor(['POST', 'OPTIONS']))
    app.use('/oauth/revoke', corsFor(['POST', 'OPTIONS']))
  }

  app.get('/health', (c) => c.json({ ok: true }))
  app.route('/oauth', oauthRoutes(ctx))
  app.route('/api/v2', apiApp(ctx))

  app.onError((error, c) => {
    if (error instanceof ApiError) return failure(c, error)
    // The detail is for the log; the answer says only that it failed.
    console.error(error)
    return failure(c, new ApiError(500, 'Server Error', { error: 'Internal Server Error' }))
  })
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? failure(c, new ApiError(404, 'Endpoint not found.', { error: 'Not Found' })) : c.text('Not found', 404),
  )
  return app
}
