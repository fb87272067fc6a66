import { useState } from 'react'
import type { InboxItem } from './inbox-items'

/**
 * The item the cursor is on. `wanted` while it is listed. Once it leaves the list (decided here,
 * in a batch, or elsewhere), the first item after it in the list it was last seen in that is
 * still there, else the nearest one before it: the cursor keeps its place instead of jumping to
 * the top. With nothing wanted (or never seen), the first item.
 */
export function resolveCursor(items: readonly InboxItem[], wanted: string | undefined, lastSeenIn: readonly InboxItem[] | undefined): string | undefined {
  if (wanted !== undefined && items.some((item) => item.key === wanted)) return wanted
  const index = lastSeenIn?.findIndex((item) => item.key === wanted) ?? -1
  if (index === -1) return items[0]?.key
  const present = new Set(items.map((item) => item.key))
  const after = lastSeenIn!.slice(index + 1).find((item) => present.has(item.key))
  const before = lastSeenIn!.slice(0, index).findLast((item) => present.has(item.key))
  return (after ?? before ?? items[0])?.key
}

/** `resolveCursor` with the list the wanted item was last seen in; `items` must be stable (memoized). */
export function useCursor(items: readonly InboxItem[], wanted: string | undefined): string | undefined {
  const [seen, setSeen] = useState<{ wanted: string; items: readonly InboxItem[] }>()
  const listed = wanted !== undefined && items.some((item) => item.key === wanted)
  if (listed && (seen === undefined || seen.wanted !== wanted || seen.items !== items)) setSeen({ wanted, items })
  return resolveCursor(items, wanted, seen && seen.wanted === wanted ? seen.items : undefined)
}
