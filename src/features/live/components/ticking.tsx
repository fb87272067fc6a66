import { formatElapsed, formatFreshness } from '../local-day'
import { useNow } from '../use-now'

// Cells that change every second, computed locally from the last reading: no requests.

/** Time since `from` (epoch ms), or a dash when unknown. */
export function SinceStart({ from }: { from: number | null }) {
  const now = useNow()
  if (from === null)
    return (
      <span className="text-muted-foreground" title="Known once today's timeline is read">
        —
      </span>
    )
  return <span className="tabular-nums">{formatElapsed((now - from) / 1000)}</span>
}

/** Today's total: what the last reading said, plus the time since while the tracker runs. */
export function TodayTotal({ seconds, since }: { seconds: number; since: number | null }) {
  const now = useNow()
  const total = seconds + (since === null ? 0 : Math.max(0, (now - since) / 1000))
  return <span className="tabular-nums">{formatElapsed(total)}</span>
}

export function Freshness({ at }: { at: number | null }) {
  const now = useNow()
  return <span className="text-xs whitespace-nowrap text-muted-foreground">{formatFreshness(at, now)}</span>
}
