import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fakeDist, freePort, TEST_SESSION_SECRET } from './testing/fixture'

function run(args: string[], env: Record<string, string>) {
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH!, ...env } })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

const vendor = {
  WEBWORK_API_BASE_URL: 'http://127.0.0.1:9/api/v2',
  WEBWORK_AUTHORIZE_URL: 'http://127.0.0.1:9/oauth/authorize',
  WEBWORK_TOKEN_URL: 'http://127.0.0.1:9/oauth/token',
  WEBWORK_REVOKE_URL: 'http://127.0.0.1:9/oauth/revoke',
  WEBWORK_CLIENT_ID: 'webwork-dashboard',
  SESSION_SECRET: TEST_SESSION_SECRET,
}

describe('npm run server (the command line)', () => {
  it('names every bad setting and exits with 2', async () => {
    const { exited, output } = run([], { WEBWORK_TOKEN_URL: 'nope', SESSION_SECRET: 'short' })
    expect(await exited).toBe(2)
    expect(output()).toContain('WEBWORK_API_BASE_URL is missing')
    expect(output()).toContain('WEBWORK_TOKEN_URL must be')
    expect(output()).toContain('SESSION_SECRET must be at least 32 characters')
    expect(output()).toContain('--help')
  })

  it('says clearly when the app is not built, serves what it can, and stops on SIGTERM', async () => {
    const port = await freePort()
    const empty = await mkdtemp(join(tmpdir(), 'webwork-nodist-'))
    const { child, exited, output } = run(['--port', String(port)], { ...vendor, DIST_DIR: empty })
    await expect.poll(output, { timeout: 15_000 }).toContain('Press Ctrl+C to stop.')
    expect(output()).toContain('Run `npm run build`')
    const page = await fetch(`http://127.0.0.1:${port}/`)
    expect(page.status).toBe(503)
    expect(await page.text()).toContain('npm run build')
    expect((await fetch(`http://127.0.0.1:${port}/config.json`)).status).toBe(200)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('prints where users open it and serves the app', async () => {
    const port = await freePort()
    const { child, exited, output } = run(['--port', String(port)], { ...vendor, DIST_DIR: await fakeDist() })
    await expect.poll(output, { timeout: 15_000 }).toContain('Press Ctrl+C to stop.')
    expect(output()).toContain(`users open http://127.0.0.1:${port}`)
    expect(output()).toContain(`http://127.0.0.1:${port}/auth/callback`)
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200)
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  })
})
