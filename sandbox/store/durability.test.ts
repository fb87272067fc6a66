import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import { api, startTestSandbox } from '../testing/fixture'

// Nothing answered with 2xx is lost (issue 14, item 7): a write's answer waits for the save, and
// a save that fails neither crashes the process nor loses the change.

const dirs: string[] = []
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-durability-'))
  dirs.push(dir)
  return dir
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** The sandbox as a real process, on a free port; resolves with its origin once it listens. */
function startProcess(dataDir: string, reset: boolean): Promise<{ child: ChildProcess; origin: string }> {
  // One process (node with tsx's loader), so that SIGKILL hits the sandbox itself.
  const args = ['--import', 'tsx', 'sandbox/main.ts', '--port', '0', '--data', dataDir, '--seed-date', '2026-11-30', ...(reset ? ['--reset'] : [])]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SANDBOX_RATE_LIMIT: '10000' } })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /API base URL\s+(http:\/\/[^\s]+)\/api\/v2/.exec(out)
      if (match) resolve({ child, origin: match[1]! })
    })
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${out}`)))
  })
}

const project = (origin: string, i: number) =>
  api(origin, '/projects?workspace_id=1000', { token: DEMO_OWNER_PAT, method: 'POST', body: { name: `Durable ${i}` } })
const durableProjects = async (origin: string) => {
  const all = (await api(origin, '/projects?workspace_id=1000&per_page=100&name=Durable', { token: DEMO_OWNER_PAT })).body.data as { name: string }[]
  return all.length
}

describe('the sandbox store', () => {
  it('keeps all 100 writes answered 201 through a kill -9 right after the last answer', { timeout: 60_000 }, async () => {
    const dataDir = await tempDir()
    const first = await startProcess(dataDir, true)
    for (let i = 0; i < 100; i++) expect((await project(first.origin, i)).status).toBe(201)
    first.child.kill('SIGKILL')
    await new Promise((resolve) => first.child.once('exit', resolve))

    const second = await startProcess(dataDir, false)
    try {
      expect(await durableProjects(second.origin)).toBe(100)
    } finally {
      second.child.kill('SIGKILL')
    }
  })

  it('survives a save that fails: 503 to writes while it cannot save, then saves what it kept', async () => {
    const dataDir = await tempDir()
    const sandbox = await startTestSandbox({ dataDir, persist: true, rateLimit: 10_000 })
    try {
      // The data file's place taken by a folder: every save fails.
      await rm(join(dataDir, 'demo.json'), { force: true })
      await mkdir(join(dataDir, 'demo.json'))
      const refused = await project(sandbox.origin, 1)
      expect(refused.status).toBe(503)
      expect(refused.body).toMatchObject({ success: false, error: 'Service Unavailable' })
      expect((await project(sandbox.origin, 2)).status).toBe(503)
      // Reads still work, and the process is up.
      expect((await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).status).toBe(200)

      await rm(join(dataDir, 'demo.json'), { recursive: true })
      await expect.poll(() => sandbox.store.saveError, { timeout: 5_000 }).toBeNull()
      expect((await project(sandbox.origin, 3)).status).toBe(201)
    } finally {
      await sandbox.close()
    }
  })
})
