import { execSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { CLIENT_ID, DEFAULT_PORT as SANDBOX_PORT, DEFAULT_REDIRECT_URIS, DEMO_CLIENT_SECRET } from '../sandbox/config'
import { DEFAULT_PORT as SERVER_PORT } from '../server/config'
import { announceWhenUp, runTogether, signInLines } from './demo'

// `npm run start:server`: the one-command demo of the companion server. The sandbox in
// confidential mode (a client secret, no CORS: the browser alone cannot sign in), the built app
// (built first when dist/ is missing), and the server in front, then where to open it.

const sandbox = `http://127.0.0.1:${SANDBOX_PORT}`
const publicUrl = `http://127.0.0.1:${SERVER_PORT}`

if (!existsSync('dist/index.html')) {
  process.stdout.write('start:server: dist/ is missing; building the dashboard first (npm run build)…\n')
  execSync('npm run --silent build', { stdio: 'inherit' })
}

const env = {
  ...process.env,
  // The sandbox: its usual redirect URIs plus the server's callback.
  SANDBOX_REDIRECT_URIS: [...DEFAULT_REDIRECT_URIS, `${publicUrl}/auth/callback`].join(','),
  SANDBOX_CLIENT_SECRET: DEMO_CLIENT_SECRET,
  // The server receives the sandbox's tracker webhooks on loopback (PUBLIC_URL below): the Live board's push.
  SANDBOX_ALLOW_PRIVATE_WEBHOOKS: '1',
  // The server, configured as for the vendor but pointing at the sandbox.
  PORT: String(SERVER_PORT),
  PUBLIC_URL: publicUrl,
  WEBWORK_API_BASE_URL: `${sandbox}/api/v2`,
  WEBWORK_AUTHORIZE_URL: `${sandbox}/oauth/authorize`,
  WEBWORK_TOKEN_URL: `${sandbox}/oauth/token`,
  WEBWORK_REVOKE_URL: `${sandbox}/oauth/revoke`,
  WEBWORK_CLIENT_ID: CLIENT_ID,
  WEBWORK_CLIENT_SECRET: DEMO_CLIENT_SECRET,
  // Sessions live in this process's memory: a new secret each run costs nothing.
  SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
}

runTogether([
  { command: `npm run --silent sandbox -- --port ${SANDBOX_PORT} --confidential`, name: 'sandbox', prefixColor: 'blue', env },
  { command: `npm run --silent server -- --port ${SERVER_PORT}`, name: 'server', prefixColor: 'magenta', env },
])

void announceWhenUp(
  [`${sandbox}/health`, `${publicUrl}/health`],
  [
    `  WebWork dashboard (companion server) is ready: open ${publicUrl}/`,
    ...signInLines('.'),
    '  The sandbox runs in confidential mode: the server signs in with the client',
    '  secret and keeps the tokens; the browser holds one session cookie.',
    '  Press Ctrl+C to stop both.',
  ],
)
