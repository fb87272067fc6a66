import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { DEMO_CLIENT_SECRET } from './config'
import { DEMO_OWNER_PAT } from './demo-accounts'
import { tempDataDir } from './testing/fixture'

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

describe('npm run sandbox (the command line)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('prints how to connect, serves, and stops cleanly on %s', async (signal) => {
    const port = await freePort()
    const child = spawn('node_modules/.bin/tsx', ['sandbox/main.ts', '--port', String(port), '--data', await tempDataDir()], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    await expect.poll(() => output, { timeout: 15_000 }).toContain('Press Ctrl+C to stop.')
    expect(output).toContain(`http://127.0.0.1:${port}/api/v2`)
    expect(output).toContain('webwork-dashboard')
    expect(output).toMatch(/owner@demo\.test\s+Owner/)
    expect(output).toContain(DEMO_OWNER_PAT)
    expect(output).toMatch(/Dialect\s+rich /)
    const response = await fetch(`http://127.0.0.1:${port}/api/v2/workspaces`, { headers: { authorization: `Bearer ${DEMO_OWNER_PAT}` } })
    expect(response.status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill(signal)
    expect(await exited).toBe(0)
    expect(output).toContain('sandbox: stopped, data saved.')
  })

  it('prints the demo client secret and the missing CORS with --confidential', async () => {
    const port = await freePort()
    const child = spawn('node_modules/.bin/tsx', ['sandbox/main.ts', '--port', String(port), '--data', await tempDataDir(), '--confidential'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await expect.poll(() => output, { timeout: 15_000 }).toContain('Press Ctrl+C to stop.')
    expect(output).toMatch(/confidential client/)
    expect(output).toContain(DEMO_CLIENT_SECRET)
    expect(output).toMatch(/CORS\s+none/)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('refuses an unknown flag with a hint and exit code 2', async () => {
    const child = spawn('node_modules/.bin/tsx', ['sandbox/main.ts', '--bogus'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(errors).toContain('--help')
  })
})
