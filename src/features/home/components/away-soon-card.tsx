import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowRight, CalendarOff } from 'lucide-react'
import { personLabel } from '@/api/members/member-name'
import { formatDayRange } from '@/utils/format'
import { leavesStartingSoon, startsIn } from '../away-soon'
import { AWAY_SOON_DAYS, homeLinks, homeQueries, type HomeDays } from '../home-reads'
import { cardLinkClass, cardStatus, Figure, HomeCard } from './home-card'

/** Approved leave starting within the next week, soonest first. */
export function AwaySoonCard({ workspaceId, days }: { workspaceId: number; days: HomeDays }) {
  const queries = homeQueries(workspaceId, days)
  const leaves = useQuery(queries.awaySoon)
  const members = useQuery(queries.members)

  return (
    <HomeCard
      id="away-soon"
      title="Away soon"
      icon={CalendarOff}
      status={cardStatus(leaves, members)}
      link={
        <Link to="/w/$workspaceId/leaves" params={{ workspaceId }} search={homeLinks(days).awaySoon} className={cardLinkClass}>
          Open in Leaves
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      {() => {
        const soon = leavesStartingSoon(leaves.data!.data, { from: days.today, to: days.awayUntil })
        if (soon.length === 0) return <p className="text-muted-foreground">Nobody’s approved leave starts in the next {AWAY_SOON_DAYS} days.</p>
        const names = new Map(members.data!.map((m) => [m.id, personLabel(m, m.id)]))
        return (
          <>
            <Figure value={String(soon.length)} label={`${soon.length === 1 ? 'leave starts' : 'leaves start'} in the next ${AWAY_SOON_DAYS} days`} />
            <ul className="flex flex-col gap-1.5">
              {soon.map((leave) => (
                <li key={leave.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="min-w-0">
                    <span className="font-medium">
                      {leave.user_id === undefined ? 'Unknown member' : (names.get(leave.user_id) ?? `Member #${leave.user_id}`)}
                    </span>
                    {leave.policy_name && <span className="text-muted-foreground"> · {leave.policy_name}</span>}
                  </span>
                  <span className="text-xs text-muted-foreground tabular-nums">
                    {startsIn(leave.start_date, days.today)}, {formatDayRange(leave.start_date, leave.end_date ?? leave.start_date)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      }}
    </HomeCard>
  )
}
