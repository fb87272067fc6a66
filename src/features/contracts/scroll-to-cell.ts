import { useLayoutEffect, useRef, type RefObject } from 'react'

/** Room left between the pinned first column and the revealed cell, so it does not look cut. */
const GAP_PX = 8

/**
 * Once per `key` (a week), when the table is wider than its scroller and nobody has scrolled yet:
 * scroll sideways just enough to show the cell `selector` finds whole, right of the pinned first
 * column (the least scrolling keeps the most columns before it in view). A cell already in view
 * leaves the grid as it is. Sideways only: jumping the page down on load would lose the reader.
 */
export function useScrollToCell(tableRef: RefObject<HTMLTableElement | null>, selector: string | null, key: string) {
  const doneFor = useRef<string | null>(null)
  useLayoutEffect(() => {
    const table = tableRef.current
    const scroller = table?.parentElement
    if (!table || !scroller || !selector || doneFor.current === key) return
    doneFor.current = key
    const cell = table.querySelector<HTMLElement>(selector)
    if (!cell || scroller.scrollLeft !== 0 || scroller.scrollWidth <= scroller.clientWidth) return
    const pinned = table.querySelector<HTMLElement>('tbody th')?.getBoundingClientRect().width ?? 0
    const box = cell.getBoundingClientRect()
    const left = box.left - scroller.getBoundingClientRect().left
    if (left >= pinned && left + box.width <= scroller.clientWidth) return
    const toShowRightEdge = left + box.width + GAP_PX - scroller.clientWidth
    scroller.scrollTo({ left: Math.max(0, Math.min(toShowRightEdge, left - pinned - GAP_PX)) })
  }, [tableRef, selector, key])
}
