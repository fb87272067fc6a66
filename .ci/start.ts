import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { DEFAULT_PORT } from '../sandbox/config'
import { DEV_PORT } from '../vite.config'
import { announceWhenUp, runTogether, signInLines } from './demo'

// `npm start`: the sandbox and the dashboard together, then one clear note on where to go.

const sandboxUrl = `http://127.0.0.1:${DEFAULT_PORT}/api/v2/workspaces`
const appUrl = `http://127.0.0.1:${DEV_PORT}/`

runTogether([
  { command: 'npm run --silent sandbox', name: 'sandbox', prefixColor: 'blue' },
  { command: 'npx vite --clearScreen false', name: 'app', prefixColor: 'green' },
])

void announceWhenUp(
  [sandboxUrl, appUrl],
  [
    `  WebWork dashboard is ready: open ${appUrl}`,
    ...signInLines(),
    '  or choose "Use a personal access token" and paste',
    `    ${DEMO_OWNER_PAT}`,
    '  Press Ctrl+C to stop both.',
  ],
)
