import { Link } from '@tanstack/react-router'
import { Activity, ArrowRight } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { formatClock } from '@/utils/format'
import { cardLinkClass, Figure, HomeCard, type CardStatus } from './home-card'

/** What the Live board's data layer knows of who works now (the route passes it in). */
export interface WorkingNowView {
  working: readonly { userId: number; name: string; initials: string; projectName?: string; taskName?: string; source: 'tracker' | 'desktop' }[]
  readAt: number | null
  /** The companion server pushes trackers as they start and stop. */
  pushed: boolean
  /** Members current-data was asked about in this tab: 0 until the Live board has run. */
  trackersChecked: number
  isPending: boolean
  error: unknown
  retry: () => void
}

const SHOWN = 5
const AVATARS = 8

export function WorkingNowCard({ workspaceId, live }: { workspaceId: number; live: WorkingNowView }) {
  const status: CardStatus = live.isPending
    ? { status: 'pending' }
    : live.error
      ? { status: 'error', error: live.error, retry: live.retry }
      : { status: 'ready' }
  const { working } = live
  return (
    <HomeCard
      id="working"
      title="Working now"
      icon={Activity}
      status={status}
      link={
        <Link to="/w/$workspaceId/live" params={{ workspaceId }} className={cardLinkClass}>
          Open the Live board
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      {() => (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Figure value={String(working.length)} label="tracking now" />
            {working.length > 0 && (
              <div aria-hidden className="flex -space-x-2">
                {working.slice(0, AVATARS).map((w) => (
                  <span
                    key={w.userId}
                    title={w.name}
                    className="flex size-8 items-center justify-center rounded-full border-2 border-card bg-muted text-xs font-medium text-foreground"
                  >
                    {w.initials}
                  </span>
                ))}
              </div>
            )}
          </div>
          {working.length === 0 ? (
            <p className="text-muted-foreground">Nobody is seen tracking right now.</p>
          ) : (
            <ul className="flex flex-col gap-1.5">
              {working.slice(0, SHOWN).map((w) => (
                <li key={w.userId} className="flex min-w-0 items-center justify-between gap-3">
                  <span className="min-w-0">
                    <Link to="/w/$workspaceId/live/$memberId" params={{ workspaceId, memberId: w.userId }} className="font-medium hover:underline">
                      {w.name}
                    </Link>
                    <span className="block truncate text-xs text-muted-foreground">
                      {w.projectName ? `on ${w.projectName}` : 'no project'}
                      {w.taskName && ` · ${w.taskName}`}
                    </span>
                  </span>
                  {w.source === 'desktop' && <Badge title="Seen in today's timeline: the desktop app uploads as it goes">desktop app</Badge>}
                </li>
              ))}
              {working.length > SHOWN && (
                <li>
                  <Link to="/w/$workspaceId/live" params={{ workspaceId }} className={cardLinkClass}>
                    and {working.length - SHOWN} more on the Live board
                  </Link>
                </li>
              )}
            </ul>
          )}
          <p className="mt-auto text-xs text-muted-foreground">{sourceNote(live)}</p>
        </>
      )}
    </HomeCard>
  )
}

/** Where the list comes from, so that "nobody" is read for what it is. */
function sourceNote({ pushed, readAt, trackersChecked }: WorkingNowView): string {
  const timeline = `today's timeline${readAt === null ? '' : ` at ${formatClock(new Date(readAt).toISOString())}`}`
  if (pushed) return `Trackers pushed live by the companion server; desktop sessions from ${timeline}.`
  if (trackersChecked > 0) return `From ${timeline} and the Live board's checks of ${trackersChecked} ${trackersChecked === 1 ? 'member' : 'members'}.`
  return `From ${timeline}. Trackers started in the browser show once the Live board has checked them.`
}
