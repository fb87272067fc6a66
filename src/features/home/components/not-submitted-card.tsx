import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowRight, Send } from 'lucide-react'
import { CopyButton } from '@/components/data/copy-button'
import { formatDayRange, formatMinutes } from '@/utils/format'
import { homeLinks, homeQueries, type HomeDays } from '../home-reads'
import { copyListText, notSubmittedRows } from '../not-submitted'
import { cardLinkClass, cardStatus, Figure, HomeCard } from './home-card'

const SHOWN = 6

/** Members whose last-week timesheet is still open, each linked, and the list to paste into a nudge. */
export function NotSubmittedCard({ workspaceId, days }: { workspaceId: number; days: HomeDays }) {
  const queries = homeQueries(workspaceId, days)
  const timesheets = useQuery(queries.notSubmitted)
  const members = useQuery(queries.members)
  const week = formatDayRange(days.lastWeek.start_date, days.lastWeek.end_date)

  return (
    <HomeCard
      id="not-submitted"
      title="Not submitted"
      icon={Send}
      status={cardStatus(timesheets, members)}
      link={
        <Link to="/w/$workspaceId/timesheets" params={{ workspaceId }} search={homeLinks(days).notSubmitted} className={cardLinkClass}>
          Open in Timesheets
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      {() => {
        const rows = notSubmittedRows(timesheets.data!.data, new Map(members.data!.map((m) => [m.id, m])))
        const total = timesheets.data!.pagination?.total ?? rows.length
        if (total === 0) return <p className="text-muted-foreground">Every timesheet of last week ({week}) is submitted.</p>
        return (
          <>
            <Figure value={String(total)} label={`${total === 1 ? 'timesheet' : 'timesheets'} of ${week} not submitted`} />
            <ul className="-mx-2 flex flex-col">
              {rows.slice(0, SHOWN).map((row) => (
                <li key={row.timesheetId}>
                  <Link
                    to="/w/$workspaceId/timesheets/$timesheetId"
                    params={{ workspaceId, timesheetId: row.timesheetId }}
                    className="flex min-h-9 items-center justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-accent"
                  >
                    <span className="min-w-0 truncate">
                      <span className="font-medium">{row.name}</span>
                      {row.email && <span className="text-muted-foreground max-sm:hidden"> · {row.email}</span>}
                    </span>
                    {row.minutes !== undefined && (
                      <span className="text-xs whitespace-nowrap text-muted-foreground tabular-nums">
                        {formatMinutes(row.minutes)}
                        <span className="sr-only"> tracked</span>
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
            {total > SHOWN && <p className="text-xs text-muted-foreground">{total - SHOWN} more in Timesheets.</p>}
            <CopyButton label="Members who have not submitted, with their emails" value={copyListText(rows)}>
              Copy list ({rows.length})
            </CopyButton>
          </>
        )
      }}
    </HomeCard>
  )
}
