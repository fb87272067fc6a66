import { CLIENT_ID, configFromProcess, DEMO_CLIENT_SECRET } from './config'
import { DEMO_ACCOUNTS, DEMO_OWNER_PAT, DEMO_PASSWORD } from './demo-accounts'
import { startSandbox } from './server'

// `npm run sandbox`: start, print what a user needs to connect, stop cleanly on SIGINT/SIGTERM.

const config = (() => {
  try {
    return configFromProcess(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`sandbox: ${(error as Error).message}\nRun with --help for the options.\n`)
    process.exit(2)
  }
})()

const sandbox = await startSandbox(config).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${config.port} is taken: is a sandbox already running? Use --port N)` : ''
  process.stderr.write(`sandbox: could not start: ${error.message}${hint}\n`)
  process.exit(1)
})

const DIALECT_LINES = {
  rich: `rich (every field the dashboard reads; --dialect docs answers as the vendor's examples)`,
  docs: `docs (only what the vendor's docs show; undocumented paths answer 404)`,
} as const

const { origin } = sandbox
const { faults } = config
const faultsOn = faults.latencyMs || faults.jitterMs || faults.errorRate || faults.rateLimitRate
process.stdout.write(
  [
    `WebWork API V2 sandbox (profile ${config.profile}, seeded for ${sandbox.store.data.seedDate}, data ${sandbox.store.file ?? 'in memory'})`,
    `  API base URL      ${origin}/api/v2`,
    `  OAuth authorize   ${origin}/oauth/authorize`,
    `  OAuth token       ${origin}/oauth/token`,
    `  OAuth revoke      ${origin}/oauth/revoke`,
    ...(config.clientSecret
      ? [
          `  OAuth client id   ${CLIENT_ID} (confidential client: PKCE S256 and the client secret required; scopes read write admin)`,
          `  Client secret     ${config.clientSecret === DEMO_CLIENT_SECRET ? DEMO_CLIENT_SECRET : '(from SANDBOX_CLIENT_SECRET)'}`,
          `  CORS              none on the token, revoke and API endpoints (browsers need the companion server)`,
        ]
      : [`  OAuth client id   ${CLIENT_ID} (public client, PKCE S256 required; scopes read write admin)`]),
    `  Redirect URIs     ${config.redirectUris.join(', ')}`,
    `  Demo accounts (password "${DEMO_PASSWORD}"):`,
    ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(18)} ${a.role}${a.role === 'Regular User' ? ' (the API refuses this role: 403)' : ''}`),
    `  Personal access token (demo owner):`,
    `    ${DEMO_OWNER_PAT}`,
    `  Try: curl -H "Authorization: Bearer ${DEMO_OWNER_PAT}" ${origin}/api/v2/workspaces`,
    `  Dialect           ${DIALECT_LINES[config.dialect]}`,
    `  Rate limit        ${config.rateLimit} requests/minute per user`,
    `  Live tracking     ${config.clock ? `simulated clock ${config.clock}` : 'real time'} (--clock to freeze or speed it up)`,
    ...(faultsOn ? [`  Faults            latency ${faults.latencyMs}ms +${faults.jitterMs}ms, 5xx ${faults.errorRate}, 429 ${faults.rateLimitRate}`] : []),
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    sandbox.close().then(
      () => {
        process.stdout.write('sandbox: stopped, data saved.\n')
        process.exit(0)
      },
      (error: Error) => {
        process.stderr.write(`sandbox: error while stopping: ${error.message}\n`)
        process.exit(1)
      },
    )
  })
}
