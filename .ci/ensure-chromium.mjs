// Playwright runs in Debian's Chromium (browser downloads do not work on our machines).
// Install it when it is missing and we may (root); otherwise say how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log(`e2e: ${path} is missing; installing Debian's chromium (about a minute)…`)
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  } else {
    console.error(
      `e2e: Chromium was not found at ${path}.\n` +
        '  Install it with: sudo apt-get install -y chromium\n' +
        '  or point CHROMIUM_PATH at a Chromium or Chrome binary. (npx playwright install does not work here.)',
    )
    process.exit(1)
  }
}
