import { useEffect, useRef, type ReactNode } from 'react'

/**
 * Narrow screens: what must stay in reach sits in one strip fixed at the bottom (the outcomes over
 * the selection bar). Its height is reported so the page can leave that much room below the last
 * row and keep the current row clear of it.
 */
export function BottomDock({ children, onHeight }: { children: ReactNode; onHeight: (px: number) => void }) {
  const dock = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = dock.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => onHeight(element.offsetHeight))
    observer.observe(element)
    return () => {
      observer.disconnect()
      onHeight(0)
    }
  }, [onHeight])
  return (
    // Nothing in the strip but its padding catches no tap.
    <div ref={dock} className="pointer-events-none fixed inset-x-0 bottom-0 z-20 flex flex-col px-2 pb-2 *:pointer-events-auto">
      {children}
    </div>
  )
}
