import { configFromProcess } from './config'
import { missingBuildMessage } from './static-app'
import { startServer } from './server'

// `npm run server`: check the configuration, start, say where to open it, stop cleanly.

const config = (() => {
  try {
    return configFromProcess(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`server: ${(error as Error).message}\nRun with --help for the settings.\n`)
    process.exit(2)
  }
})()

const server = await startServer(config).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${config.port} is taken: use --port N or PORT)` : ''
  process.stderr.write(`server: could not start: ${error.message}${hint}\n`)
  process.exit(1)
})

const { publicUrl } = server.config
process.stdout.write(
  [
    `WebWork companion server on ${server.origin} (users open ${publicUrl})`,
    `  WebWork API       ${config.apiBaseUrl}`,
    `  OAuth client      ${config.clientId} (${config.clientSecret ? 'confidential: client secret set' : 'public: PKCE only, no client secret'})`,
    `  Redirect URI      ${publicUrl}/auth/callback (register it with the OAuth app)`,
    `  Sessions, budget  ${config.redisUrl ? `Redis at ${new URL(config.redisUrl).host}` : 'in this process (set REDIS_URL to share them between instances)'}`,
    `  Live webhooks     ${publicUrl}/webhooks/webwork (WebWork must reach it; the Live board streams from /events)`,
    `  Rate budget       ${config.rateLimitPerMinute} requests/minute per WebWork user`,
    server.built.present ? `  App               ${server.built.dir}` : `  App               MISSING. ${missingBuildMessage(server.built)}`,
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
)
if (!server.built.present) process.stderr.write(`server: ${missingBuildMessage(server.built)}\n`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close().then(
      () => {
        process.stdout.write('server: stopped.\n')
        process.exit(0)
      },
      (error: Error) => {
        process.stderr.write(`server: error while stopping: ${error.message}\n`)
        process.exit(1)
      },
    )
  })
}
