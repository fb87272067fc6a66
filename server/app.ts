import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { dashboardPolicy } from './csp'
import { failure } from './api/envelope'
import { apiProxy } from './api/proxy'
import { authRoutes } from './auth/routes'
import type { ServerContext } from './context'
import { requireSameOrigin } from './csrf'
import { DEFAULT_HEARTBEAT_MS, liveEvents, type LiveOptions } from './live/events'
import { DEFAULT_REACH_GRACE_MS } from './live/receiving'
import { webhookReceiver } from './live/receiver'
import { staticRoutes, type BuiltApp } from './static-app'

/** The largest request body forwarded to the vendor (its writes are small JSON). */
export const BODY_LIMIT = 1024 * 1024

export function serverApp(ctx: ServerContext, built: BuiltApp, live: Partial<LiveOptions> = {}) {
  const app = new Hono()

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: dashboardPolicy({
        scriptHashes: built.inlineScriptHashes,
        connectSrc: [],
        formAction: [new URL(ctx.config.authorizeUrl).origin],
      }),
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: ctx.config.publicUrl.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : false,
      crossOriginResourcePolicy: 'same-origin',
      crossOriginOpenerPolicy: 'same-origin',
    }),
  )
  app.use('/api/*', requireSameOrigin(ctx.config.publicUrl))
  app.use('/auth/logout', requireSameOrigin(ctx.config.publicUrl))
  app.use('/api/*', bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => failure(c, 413, 'The request body is too large.', 'Payload Too Large') }))

  app.get('/health', (c) => c.json({ ok: true }))
  app.route('/auth', authRoutes(ctx))
  app.route('/api/v2', apiProxy(ctx))
  app.all('/api/*', (c) => failure(c, 404, 'Endpoint not found.', 'Not Found'))
  // WebWork's deliveries (no session, no Origin: the signature is the check) and the live stream.
  app.route('/webhooks', webhookReceiver(ctx))
  app.route('/events', liveEvents(ctx, { reachGraceMs: DEFAULT_REACH_GRACE_MS, heartbeatMs: DEFAULT_HEARTBEAT_MS, ...live }))
  app.route('/', staticRoutes(ctx.config, built))

  app.onError((error, c) => {
    console.error(error)
    return c.req.path.startsWith('/api/')
      ? failure(c, 500, 'The companion server failed.', 'Server Error')
      : c.text('The companion server failed; see its log.', 500)
  })
  return app
}
