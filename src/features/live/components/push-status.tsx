import type { TrackingNow } from '@/api/time-tracking/tracking-stream'

/**
 * What the companion server's push is doing for the board, in one line; nothing in static mode.
 * When WebWork's deliveries do not reach the server, it says so plainly: the board then polls.
 */
export function PushStatus({ push, live }: { push: TrackingNow; live: boolean }) {
  if (push.connection === 'off') return null
  const { receiving } = push
  let text: string
  let warning = false
  if (live) {
    text = 'Live: WebWork sends every start and stop through the companion server (desktop app included); the board only reconciles, about once a minute.'
  } else if (push.connection !== 'live' || !receiving) {
    text = 'Connecting to the live stream of the companion server; the board polls meanwhile.'
  } else if (receiving.state === 'unreachable') {
    warning = true
    text = `WebWork cannot reach ${receiving.publicUrl}, so its tracker events do not arrive${receiving.detail ? ` (${receiving.detail})` : ''}. The board polls instead.`
  } else if (receiving.state === 'failed') {
    warning = true
    text = `Live tracker events are off: ${receiving.detail ?? 'the webhook could not be registered'}. The board polls instead.`
  } else {
    text = 'Registering for WebWork’s tracker events; the board polls until the first one arrives.'
  }
  return (
    <p aria-live="polite" className={warning ? 'text-xs font-medium text-amber-700 dark:text-amber-400' : 'text-xs text-muted-foreground'}>
      {text}
    </p>
  )
}
