import { useId } from 'react'
import { Button } from '@/components/ui/button'
import type { LiveRow } from '../live-board'

/** Why a desktop-app tracker has no working "Clock out", in full (the tooltip) and short (on screen). */
export const DESKTOP_STOP_REASON =
  'This tracker runs in the WebWork desktop app. WebWork’s API cannot see or stop it (it answers “The user has no running tracker to stop.”): ask the member to stop it in the app.'

/**
 * "Clock out", offered only where the API can do it: a tracker current-data sees. A member shown
 * tracking from the timeline (desktop app) gets the button disabled, with the reason beside it —
 * a disabled button shows no tooltip of its own, so the wrapper carries it.
 */
export function ClockOutAction({ row, name, pending, onClockOut }: { row: LiveRow; name: string; pending: boolean; onClockOut: () => void }) {
  const reasonId = useId()
  if (row.state === 'desktop')
    return (
      // Positioned, so the hidden reason stays inside the scrolling table.
      <span title={DESKTOP_STOP_REASON} className="relative inline-flex flex-col items-end gap-0.5">
        <Button size="sm" variant="outline" disabled aria-label={`Clock out ${name}`} aria-describedby={reasonId}>
          Clock out
        </Button>
        <span id={reasonId} className="text-xs whitespace-normal text-muted-foreground">
          Desktop app: stop it there
          <span className="sr-only">. {DESKTOP_STOP_REASON}</span>
        </span>
      </span>
    )
  return (
    <Button size="sm" variant="outline" disabled={pending} aria-label={`Clock out ${name}`} onClick={onClockOut}>
      {pending ? 'Stopping…' : 'Clock out'}
    </Button>
  )
}
