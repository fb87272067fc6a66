import { useEffect, useState } from 'react'
import { Gauge } from 'lucide-react'
import { useRateBudget } from '@/lib/api/use-rate-budget'
import { cn } from '@/lib/utils'

/** Requests left of the user's per-minute budget, and whether any are waiting for a slot. */
export function RateMeter() {
  const { limit, remaining, queued, pausedUntil } = useRateBudget()
  const waitSeconds = useSecondsUntil(pausedUntil)
  const share = limit ? remaining / limit : 0
  const tone = share > 0.3 ? 'bg-success' : share > 0.1 ? 'bg-warning' : 'bg-destructive'
  // On a narrow header the noun goes to screen readers only: "3 waiting" keeps to one line.
  const status = waitSeconds ? (
    <>
      Paused<span className="max-sm:sr-only"> by WebWork</span> for {waitSeconds} s
    </>
  ) : queued ? (
    <>
      {queued}
      <span className="max-sm:sr-only"> request{queued === 1 ? '' : 's'}</span> waiting
    </>
  ) : null

  return (
    <div
      className="flex items-center gap-2 text-xs text-muted-foreground"
      title="The WebWork API allows a fixed number of requests per minute for each user, shared by all of your tabs."
    >
      <Gauge aria-hidden className="size-4" />
      <meter aria-label="API requests left this minute" min={0} max={limit} value={remaining} className="sr-only" />
      <span aria-hidden className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-muted sm:block">
        <span className={cn('block h-full transition-all', tone)} style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="tabular-nums" data-testid="rate-remaining">
        {remaining}/{limit}
      </span>
      <span role="status" className={cn('whitespace-nowrap', status ? 'text-warning' : 'sr-only')}>
        {status ?? 'No requests waiting'}
      </span>
    </div>
  )
}

function useSecondsUntil(until: number | null) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!until) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [until])
  return until && until > now ? Math.ceil((until - now) / 1000) : 0
}
