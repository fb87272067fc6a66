// Prints `<suite>: N passed, N failed` for each suite's JSON report in test-results/.
// A suite whose report is missing printed nothing and ran nothing: say so.
import { existsSync, readFileSync } from 'node:fs'

const suites = [{ name: 'sandbox', file: 'test-results/vitest.json' }]

for (const { name, file } of suites) {
  if (!existsSync(file)) {
    console.log(`${name}: 0 passed, 0 failed (no report: the suite did not run)`)
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
}
