import { fullName } from '@/api/members/member-name'
import { Link } from '@tanstack/react-router'
import type { Member } from '@/contract/members'
import { Button } from '@/components/ui/button'
import { formatClock, formatMinutes } from '@/utils/format'
import type { LiveRow } from '../live-board'
import { FlagBadges } from './flag-badges'
import { Freshness } from './ticking'

/**
 * Everyone not tracking, one group per state; a collapsible list keeps 1,000 members calm. Each
 * row says what is known (today's total, the last entry's end) and how fresh it is.
 */
export function OthersGroup({
  title,
  rows,
  workspaceId,
  onClockIn,
  open = false,
}: {
  title: string
  rows: readonly LiveRow[]
  workspaceId: number
  onClockIn: (member: Member) => void
  open?: boolean
}) {
  return (
    <details open={open} className="group rounded-lg border bg-card">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold select-none">
        {title} <span className="font-normal text-muted-foreground">({rows.length})</span>
      </summary>
      {rows.length === 0 ? (
        <p className="border-t px-3 py-3 text-sm text-muted-foreground">Nobody.</p>
      ) : (
        <ul aria-label={title} className="divide-y border-t">
          {rows.map((row) => {
            const name = fullName(row.member)
            const desktop = row.lastEntry?.tracking_method === 'desktop'
            return (
              <li key={row.member.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1.5 text-sm">
                <Link
                  to="/w/$workspaceId/live/$memberId"
                  params={{ workspaceId, memberId: row.member.id }}
                  search={{ date: row.localDate }}
                  className="min-w-40 font-medium hover:underline"
                >
                  {name}
                </Link>
                <span className="text-muted-foreground">{row.member.team_name ?? 'No team'}</span>
                {row.todaySeconds > 0 && <span className="tabular-nums">{formatMinutes(Math.floor(row.todaySeconds / 60))} today</span>}
                {row.lastEntry && (
                  <span className="text-muted-foreground">
                    last until {formatClock(row.lastEntry.end)}
                    {desktop && ' (desktop app: live state unknown)'}
                  </span>
                )}
                <FlagBadges flags={row.flags} />
                <span className="ml-auto flex items-center gap-3">
                  <Freshness at={row.checkedAt ?? row.timelineAt} />
                  <Button size="sm" variant="outline" aria-label={`Clock in ${name}`} onClick={() => onClockIn(row.member)}>
                    Clock in
                  </Button>
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </details>
  )
}
