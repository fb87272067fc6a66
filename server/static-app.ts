import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { ServerConfig } from './config'
import { inlineScriptHashes } from './csp'

// The built app (dist/): files as they are, index.html for every other path (the router's), and
// /config.json made from the server's own configuration (server mode, no oauth block).

export interface BuiltApp {
  /** Whether dist/index.html exists. */
  present: boolean
  dir: string
  /** CSP sources (`'sha256-…'`) of index.html's inline scripts (the theme script). */
  inlineScriptHashes: string[]
}

export function findBuiltApp(config: ServerConfig): BuiltApp {
  const dir = resolve(config.distDir)
  const index = join(dir, 'index.html')
  if (!existsSync(index)) return { present: false, dir, inlineScriptHashes: [] }
  return { present: true, dir, inlineScriptHashes: inlineScriptHashes(readFileSync(index, 'utf8')) }
}

export const missingBuildMessage = (app: BuiltApp) =>
  `The dashboard is not built: ${join(app.dir, 'index.html')} is missing. Run \`npm run build\`, then start the server again.`

/** `eventsUrl`: the live stream (live/events.ts); an app that finds none polls, as in static mode. */
export function runtimeConfig(config: ServerConfig) {
  return {
    mode: 'server' as const,
    apiBaseUrl: `${config.publicUrl}/api/v2`,
    rateLimitPerMinute: config.rateLimitPerMinute,
    eventsUrl: `${config.publicUrl}/events`,
  }
}

export function staticRoutes(config: ServerConfig, app: BuiltApp) {
  const routes = new Hono().get('/config.json', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(runtimeConfig(config))
  })
  if (!app.present) {
    return routes.get('*', (c) => c.text(missingBuildMessage(app), 503))
  }
  const index = readFileSync(join(app.dir, 'index.html'), 'utf8')
  return routes
    .use(
      '/assets/*',
      serveStatic({
        root: app.dir,
        // Vite names assets by their content hash: they never change.
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    )
    .use('*', serveStatic({ root: app.dir, index: '__no_directory_index__' }))
    .get('*', (c) => {
      c.header('Cache-Control', 'no-cache')
      return c.html(index)
    })
}
