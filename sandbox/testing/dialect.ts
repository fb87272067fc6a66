import { expect } from 'vitest'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, startTestSandbox } from './fixture'

// Test helpers for the docs dialect (sandbox/dialect/): a sandbox per dialect, the owner's calls,
// and "exactly these keys" checks that name what is missing and what is extra.

export type Call = (path: string, init?: Parameters<typeof api>[2]) => ReturnType<typeof api>

export interface DialectSandbox {
  sandbox: RunningSandbox
  /** The demo owner's calls (personal access token). */
  owner: Call
  acme: number
}

export async function startDialectSandbox(dialect: 'docs' | 'rich', options: Parameters<typeof startTestSandbox>[0] = {}): Promise<DialectSandbox> {
  const sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, dialect, ...options })
  const owner: Call = (path, init = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init })
  const acme = sandbox.store.data.workspaces.find((w) => w.name === 'Acme Studio')!.id
  return { sandbox, owner, acme }
}

/** `value` has exactly `keys`, in any order. */
export function expectKeys(value: unknown, keys: readonly string[]): void {
  expect(value, 'expected an object').toBeTypeOf('object')
  expect(Object.keys(value as object).sort()).toEqual([...keys].sort())
}

/** Every item of a non-empty list has exactly `keys`; a key in `optional` may be missing. */
export function expectItemKeys(items: unknown, keys: readonly string[], optional: readonly string[] = []): void {
  expect(Array.isArray(items) && items.length > 0, 'expected a non-empty list').toBe(true)
  for (const item of items as object[]) {
    const present = Object.keys(item)
    expect(
      present.filter((k) => !keys.includes(k)),
      'keys the docs do not show',
    ).toEqual([])
    expect(
      keys.filter((k) => !present.includes(k) && !optional.includes(k)),
      'documented keys missing',
    ).toEqual([])
  }
}

// The envelopes the docs show, by their members.
export const LIST = ['success', 'data', 'meta'] as const
export const ITEM = ['success', 'data', 'meta'] as const
export const ITEM_WITH_MESSAGE = ['success', 'data', 'message', 'meta'] as const
export const MESSAGE_ONLY = ['success', 'message', 'meta'] as const
export const META = ['api_version', 'timestamp'] as const
export const META_WITH_PAGINATION = ['api_version', 'timestamp', 'pagination'] as const

/** A docs-dialect answer: status 2xx, the envelope's members, and `meta`'s. */
export function expectEnvelope(response: { status: number; body: Record<string, unknown> }, envelope: readonly string[], meta: readonly string[] = META) {
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
  expectKeys(response.body, envelope)
  expectKeys(response.body.meta, meta)
}
