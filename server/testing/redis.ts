import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { Redis } from 'ioredis'
import { freePort } from './fixture'

// A throwaway redis-server for tests: its own port, nothing saved to disk.

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server'
export const redisAvailable = existsSync(REDIS_SERVER)
export const REDIS_MISSING = `redis-server not found at ${REDIS_SERVER}: the Redis tests are skipped (apt-get install -y redis-server; .ci/run installs it)`

export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  const url = `redis://127.0.0.1:${port}`
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  probe.on('error', () => {})
  for (let i = 0; ; i++) {
    try {
      await probe.connect()
      await probe.ping()
      break
    } catch (error) {
      if (i > 50) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  probe.disconnect()
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
