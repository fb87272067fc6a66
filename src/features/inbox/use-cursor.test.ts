import { describe, expect, it } from 'vitest'
import type { InboxItem } from './inbox-items'
import { resolveCursor } from './use-cursor'

const list = (...keys: string[]) => keys.map((key) => ({ key }) as InboxItem)
const before = list('a', 'b', 'c', 'd', 'e')

describe('resolveCursor', () => {
  it('stays on the wanted item while it is listed, and starts at the top without one', () => {
    expect(resolveCursor(before, 'c', before)).toBe('c')
    expect(resolveCursor(before, undefined, undefined)).toBe('a')
  })

  it('moves to the first item after a decided one that is still there, not to the top', () => {
    // A batch took b, c and d: the cursor on c lands on e.
    expect(resolveCursor(list('a', 'e'), 'c', before)).toBe('e')
    // Only c went: d.
    expect(resolveCursor(list('a', 'b', 'd', 'e'), 'c', before)).toBe('d')
  })

  it('falls back to the nearest item before it when nothing after it is left', () => {
    expect(resolveCursor(list('a', 'b'), 'd', before)).toBe('b')
  })

  it('starts at the top for an item it never saw (a stale link)', () => {
    expect(resolveCursor(list('a', 'b'), 'zzz', undefined)).toBe('a')
    expect(resolveCursor([], 'c', before)).toBeUndefined()
  })
})
