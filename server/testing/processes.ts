import { spawn } from 'node:child_process'
import { CLIENT_ID } from '../../sandbox/config'
import type { RunningSandbox } from '../../sandbox/server'
import { fakeDist, TEST_CLIENT_SECRET, TEST_SESSION_SECRET } from './fixture'

// `npm run server` as real processes (tsx server/main.ts), configured by the environment as an
// operator would, in front of a test sandbox; several of them answer for one PUBLIC_URL.

export interface ServerProcess {
  port: number
  output: () => string
  exited: Promise<number | null>
  stop: () => Promise<number | null>
}

export async function spawnServers(sandbox: RunningSandbox, ports: number[], env: Record<string, string>): Promise<ServerProcess[]> {
  const common = {
    PATH: process.env.PATH!,
    WEBWORK_API_BASE_URL: `${sandbox.origin}/api/v2`,
    WEBWORK_AUTHORIZE_URL: `${sandbox.origin}/oauth/authorize`,
    WEBWORK_TOKEN_URL: `${sandbox.origin}/oauth/token`,
    WEBWORK_REVOKE_URL: `${sandbox.origin}/oauth/revoke`,
    WEBWORK_CLIENT_ID: CLIENT_ID,
    WEBWORK_CLIENT_SECRET: TEST_CLIENT_SECRET,
    SESSION_SECRET: TEST_SESSION_SECRET,
    PUBLIC_URL: `http://127.0.0.1:${ports[0]}`,
    DIST_DIR: await fakeDist(),
    ...env,
  }
  return ports.map((port) => {
    const child = spawn('node_modules/.bin/tsx', ['server/main.ts', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: common })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    return {
      port,
      output: () => output,
      exited,
      stop: () => {
        child.kill('SIGTERM')
        return exited
      },
    }
  })
}
