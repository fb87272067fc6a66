import concurrently, { type ConcurrentlyCommandInput } from 'concurrently'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../sandbox/demo-accounts'

// What `npm start` and `npm run start:server` share: run the parts together, stop them together,
// and once every part answers, say where to go and how to sign in.

/** Any HTTP answer (even 401) means the server is up. */
export async function up(url: string) {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

/** The sandbox's demo sign-ins, as the banners list them. */
export const signInLines = (end = ',') => [
  '  Sign in with WebWork, then on the sandbox page use one of',
  ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(18)} ${a.role}`),
  `  with the password "${DEMO_PASSWORD}"${end}`,
]

/** Print `lines` in a box once every URL answers (a minute at most). */
export async function announceWhenUp(urls: string[], lines: string[]) {
  for (let i = 0; i < 120; i++) {
    if ((await Promise.all(urls.map(up))).every(Boolean)) {
      const rule = '────────────────────────────────────────────────────────────'
      process.stdout.write(['', rule, ...lines, rule, ''].join('\n'))
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** Run the commands together; when one stops, stop the others, and exit as they did. */
export function runTogether(commands: ConcurrentlyCommandInput[]) {
  const { result, commands: running } = concurrently(commands, { killOthersOn: ['failure', 'success'] })
  result.then(
    () => process.exit(0),
    () => process.exit(running.some((c) => c.exited && c.state === 'exited') ? 1 : 0),
  )
}
