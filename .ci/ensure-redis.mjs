// The companion server's multi-instance tests run two servers on one real redis-server (Debian's
// package). Install it when it is missing and we may (root); otherwise say how. Those tests skip,
// saying so, when it is absent.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server'
if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log(`tests: ${path} is missing; installing Debian's redis-server (about half a minute)…`)
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server', { stdio: 'inherit' })
  } else {
    console.warn(
      `tests: redis-server was not found at ${path}; the Redis tests of the companion server will be skipped.\n` +
        '  Install it with: sudo apt-get install -y redis-server (or point REDIS_SERVER_PATH at one).',
    )
  }
}
