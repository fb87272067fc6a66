import { useCallback, useEffect, useState } from 'react'
import { cn } from '@/lib/utils'

export interface Outcome {
  id: number
  tone: 'success' | 'warning' | 'danger'
  text: string
}

let nextId = 1
const LIFETIME_MS = 8_000

/** Messages about decisions, newest last, each fading after a while. */
export function useOutcomes() {
  const [outcomes, setOutcomes] = useState<Outcome[]>([])
  const report = useCallback((tone: Outcome['tone'], text: string) => {
    setOutcomes((list) => [...list.slice(-3), { id: nextId++, tone, text }])
  }, [])
  useEffect(() => {
    if (outcomes.length === 0) return
    const timer = setTimeout(() => setOutcomes((list) => list.slice(1)), LIFETIME_MS)
    return () => clearTimeout(timer)
  }, [outcomes])
  return { outcomes, report }
}

const toneClass = { success: 'border-success/40', warning: 'border-warning/60', danger: 'border-destructive/60' }

/**
 * A polite live region: screen readers hear each outcome; nothing steals focus. In the `corner`
 * it floats over the page (wide screens, where it sits beside the list, never over it); `inline`
 * it takes its own room, in the phone's bottom dock or sheet, so it covers no row or button.
 */
export function OutcomeLog({ outcomes, placement = 'corner' }: { outcomes: readonly Outcome[]; placement?: 'corner' | 'inline' }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={cn(
        'flex flex-col gap-2',
        placement === 'corner' ? 'pointer-events-none fixed right-4 bottom-4 z-20 w-[min(24rem,calc(100vw-2rem))]' : 'w-full has-[p]:py-2',
      )}
    >
      {outcomes.map((o) => (
        <p key={o.id} className={cn('rounded-md border-l-4 border bg-background px-3 py-2 shadow-md', toneClass[o.tone])}>
          {o.text}
        </p>
      ))}
    </div>
  )
}
