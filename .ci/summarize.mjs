// Prints `<suite>: N passed, N failed` for each suite's JSON report in test-results/.
// A suite whose report is missing printed nothing and ran nothing: say so.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const line = (name, counts) =>
  console.log(counts ? `${name}: ${counts.passed} passed, ${counts.failed} failed` : `${name}: 0 passed, 0 failed (no report: the suite did not run)`)

// Vitest runs three projects into one report: the app's unit tests, the sandbox's and the companion server's.
const vitest = read('test-results/vitest.json')
const vitestCounts = (isSuite) => {
  if (!vitest) return null
  const results = vitest.testResults.filter((file) => isSuite(file.name)).flatMap((file) => file.assertionResults)
  return {
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: results.filter((r) => r.status === 'skipped' || r.status === 'pending').length,
  }
}
// By the path inside the repository, whatever folder the checkout sits in.
const inSandbox = (name) => /^sandbox[\\/]/.test(relative(process.cwd(), name))
const inServer = (name) => /^server[\\/]/.test(relative(process.cwd(), name))
line(
  'unit',
  vitestCounts((name) => !inSandbox(name) && !inServer(name)),
)
line('sandbox', vitestCounts(inSandbox))
// The Redis tests skip (saying why) where redis-server is missing: show that they did.
const server = vitestCounts(inServer)
line('server', server)
if (server?.skipped) console.log(`server: ${server.skipped} skipped (redis-server missing?)`)

// Playwright's JSON reporter: expected = passed, unexpected = failed; a flaky test passed on retry.
const e2e = read('test-results/e2e.json')
line('e2e', e2e && { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected })
