import type { ReactNode } from 'react'
import { CircleAlert, type LucideIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { useRateBudget } from '@/lib/api/use-rate-budget'
import { cn } from '@/lib/utils'

// The frame every Home card shares: its title and the link to the page that acts on it, then its
// own skeleton while it loads, its error with Try again, or its content. Cards load on their own.

export type CardStatus = { status: 'pending' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'ready' }

interface QueryLike {
  data: unknown
  error: unknown
  refetch: () => unknown
}

/**
 * A card's state from the queries it needs: an error once one failed without data to show (Try
 * again re-reads the failed ones), pending while any has no data yet, else ready. A background
 * refetch that fails keeps what is on screen.
 */
export function cardStatus(...queries: QueryLike[]): CardStatus {
  const failed = queries.filter((q) => q.data === undefined && q.error)
  if (failed.length) return { status: 'error', error: failed[0]!.error, retry: () => failed.forEach((q) => void q.refetch()) }
  return queries.some((q) => q.data === undefined) ? { status: 'pending' } : { status: 'ready' }
}

/** The link to the page that acts on a card: quiet, with room to tap. */
export const cardLinkClass =
  'inline-flex min-h-6 items-center gap-1 rounded-sm text-xs font-medium text-muted-foreground underline-offset-4 hover:text-foreground hover:underline [&_svg]:size-3.5'

export function HomeCard({
  id,
  title,
  icon: Icon,
  link,
  status,
  className,
  children,
}: {
  /** Names the card's heading (`home-<id>`), which labels the card. */
  id: string
  title: string
  icon: LucideIcon
  link?: ReactNode
  status: CardStatus
  className?: string
  children: () => ReactNode
}) {
  const headingId = `home-${id}`
  return (
    <Card aria-labelledby={headingId} aria-busy={status.status === 'pending'} className={cn('flex min-w-0 flex-col gap-3', className)}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
          <Icon aria-hidden className="size-4 text-muted-foreground" />
          {title}
        </h2>
        {link}
      </div>
      {status.status === 'pending' ? <CardSkeleton /> : status.status === 'error' ? <CardError error={status.error} retry={status.retry} /> : children()}
    </Card>
  )
}

/** Grey lines where the figures will be, and a word when the budget is what holds them back. */
function CardSkeleton() {
  const { queued, pausedUntil } = useRateBudget()
  return (
    <div className="flex flex-col gap-2">
      <span className="sr-only">Loading</span>
      <div aria-hidden className="h-7 w-24 animate-pulse rounded bg-muted" />
      <div aria-hidden className="h-4 w-full animate-pulse rounded bg-muted" />
      <div aria-hidden className="h-4 w-2/3 animate-pulse rounded bg-muted" />
      {(queued > 0 || pausedUntil !== null) && (
        <p className="text-xs text-muted-foreground">Waiting for the request budget: the API allows a fixed number of requests a minute.</p>
      )}
    </div>
  )
}

function CardError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-2 text-sm">
      <p className="flex items-start gap-2">
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
        <span>This could not be read: {error instanceof Error ? error.message : String(error)}</span>
      </p>
      <Button variant="outline" size="sm" onClick={retry}>
        Try again
      </Button>
    </div>
  )
}

/** A big figure and what it counts, the way every card leads. */
export function Figure({ value, label }: { value: string; label: string }) {
  return (
    <p className="flex items-baseline gap-2">
      <span className="text-2xl font-semibold tabular-nums">{value}</span>
      <span className="text-muted-foreground">{label}</span>
    </p>
  )
}
