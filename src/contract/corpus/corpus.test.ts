import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { corpus, type CorpusCase } from './corpus-files'

// Integrity of the corpus files only: no schema of the app is involved here.

// The base goes through a variable on purpose: Vite rewrites the literal pattern
// `new URL('…', import.meta.url)` into a dev-server asset URL (http://localhost:3000/@fs/…).
const here = import.meta.url
// The vendor's catalogue sits beside the checkout in the workplace, not in a bare clone (CI):
// there the heading checks are skipped, as sandbox/dialect/docs-dialect.test.ts does.
const catalogue = fileURLToPath(new URL('../../../../shared/webwork-api/endpoints.md', here))
const hasCatalogue = existsSync(catalogue)
const headings = new Set(hasCatalogue ? [...readFileSync(catalogue, 'utf8').matchAll(/^### `([^`]+)`\s*$/gm)].map((m) => m[1]) : [])

const FILES = [
  'workspaces',
  'members',
  'projects',
  'tasks',
  'project-viewers',
  'contracts',
  'time-tracking',
  'time-entries',
  'timesheets',
  'time-requests',
  'leaves',
  'expenses',
  'webhooks',
  'reports',
]
const VARIANTS = new Set(['seed', 'A', 'B', 'M'])
const all: [string, CorpusCase][] = Object.entries(corpus).flatMap(([file, cases]) => cases.map((c): [string, CorpusCase] => [file, c]))

/** JSON with object keys sorted, so that key order does not hide a duplicate. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

describe('vendor-docs corpus', () => {
  it.skipIf(!hasCatalogue)('reads the endpoint catalogue', () => {
    expect(headings.size).toBe(71)
    expect(headings.has('GET /members')).toBe(true)
  })

  it('has one non-empty file per resource group', () => {
    expect(Object.keys(corpus).sort()).toEqual([...FILES].sort())
    for (const file of FILES) expect(corpus[file]?.length, file).toBeGreaterThan(0)
  })

  it.each(all.map(([file, c], i) => [`${file} #${i} ${c.endpoint} (${c.variant})`, file, c] as const))('%s is well formed', (_, file, c) => {
    if (hasCatalogue) expect(headings.has(c.endpoint), `"${c.endpoint}" is no heading of endpoints.md`).toBe(true)
    // The file is the endpoint's resource group: /time-tracking/... lives in time-tracking.json.
    expect(c.endpoint.split(' ')[1]?.split('/')[1]).toBe(file)
    expect(VARIANTS.has(c.variant), c.variant).toBe(true)
    expect(c.source.trim()).not.toBe('')
    expect(c.response).toBeTypeOf('object')
    expect(c.response).not.toBeNull()
    expect(typeof (c.response as { success?: unknown }).success).toBe('boolean')
  })

  it('has no two identical cases (same endpoint and body)', () => {
    const seen = new Map<string, string>()
    for (const [file, c] of all) {
      const key = `${c.endpoint} ${canonical(c.response)}`
      expect(seen.get(key), `${file} ${c.endpoint} repeats a case`).toBeUndefined()
      seen.set(key, `${file} ${c.endpoint}`)
    }
  })
})
