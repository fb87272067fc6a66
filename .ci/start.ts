import concurrently from 'concurrently'
import { DEMO_ACCOUNTS, DEMO_OWNER_PAT, DEMO_PASSWORD } from '../sandbox/demo-accounts'
import { DEFAULT_PORT } from '../sandbox/config'
import { DEV_PORT } from '../vite.config'

// `npm start`: the sandbox and the dashboard together, then one clear note on where to go.

const sandboxUrl = `http://127.0.0.1:${DEFAULT_PORT}/api/v2/workspaces`
const appUrl = `http://127.0.0.1:${DEV_PORT}/`

const { result, commands } = concurrently(
  [
    { command: 'npm run --silent sandbox', name: 'sandbox', prefixColor: 'blue' },
    { command: 'npx vite --clearScreen false', name: 'app', prefixColor: 'green' },
  ],
  { killOthersOn: ['failure', 'success'] },
)

/** Any HTTP answer (even 401) means the server is up. */
async function up(url: string) {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

async function announce() {
  for (let i = 0; i < 120; i++) {
    if ((await up(sandboxUrl)) && (await up(appUrl))) {
      process.stdout.write(
        [
          '',
          '────────────────────────────────────────────────────────────',
          `  WebWork dashboard is ready: open ${appUrl}`,
          '  Sign in with WebWork, then on the sandbox page use one of',
          ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(18)} ${a.role}`),
          `  with the password "${DEMO_PASSWORD}",`,
          '  or choose "Use a personal access token" and paste',
          `    ${DEMO_OWNER_PAT}`,
          '  Press Ctrl+C to stop both.',
          '────────────────────────────────────────────────────────────',
          '',
        ].join('\n'),
      )
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

void announce()
result.then(
  () => process.exit(0),
  () => process.exit(commands.some((c) => c.exited && c.state === 'exited') ? 1 : 0),
)
