import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { BackLink } from '@/components/layout/back-link'
import { HiddenAmount } from '@/components/data/hidden-amount'
import { Badge } from '@/components/ui/badge'
import { Card, CardTitle } from '@/components/ui/card'
import { formatMinutes } from '@/utils/format'
import { formatDateTime, formatDay, formatDayRange } from '@/utils/format'
import { timesheetQueries } from '@/api/timesheets/queries'
import { memberName, notBillableLabel, timesheetStatusLabel, timesheetStatusTone } from '../timesheet-format'
import { SubmissionActions } from './submission-actions'
import { Figure } from '@/components/data/figure'
import { TimesheetBreakdown } from '@/components/data/timesheet-breakdown'

const route = getRouteApi('/_authed/w/$workspaceId/timesheets/$timesheetId')

export function TimesheetDetail({ currency, memberNames }: { currency: string | null; memberNames: ReadonlyMap<number, string> }) {
  const { workspaceId, timesheetId } = route.useParams()
  // The loader turned a missing timesheet into a 404; a later refetch may still find none.
  const { data: t } = useSuspenseQuery(timesheetQueries.detail(workspaceId, timesheetId))
  if (!t) return <p className="text-muted-foreground">This timesheet no longer exists.</p>

  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <BackLink to="/w/$workspaceId/timesheets" params={{ workspaceId }}>
        Timesheets
      </BackLink>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">{memberName(t, memberNames)}</h1>
          <p className="text-muted-foreground">
            Timesheet for {formatDayRange(t.date_from, t.date_to)}, {t.date_to.slice(0, 4)}
            {t.member?.email && ` · ${t.member.email}`}
          </p>
        </div>
        <SubmissionActions workspaceId={workspaceId} timesheet={t} />
      </div>
      <Card>
        <CardTitle className="sr-only">Summary</CardTitle>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Figure label="Status">
            <Badge tone={timesheetStatusTone(t.status)}>{timesheetStatusLabel(t.status)}</Badge>
          </Figure>
          <Figure label="Total hours">{t.total_minutes === undefined ? '—' : formatMinutes(t.total_minutes)}</Figure>
          <Figure label="Amount">
            <HiddenAmount amount={t.total_amount} currency={currency} zeroLabel={notBillableLabel(t)} />
          </Figure>
          <Figure label="Submitted on">{t.submitted_on ? formatDateTime(t.submitted_on) : '—'}</Figure>
        </dl>
        {t.reject_reason && (
          <div className="mt-4 rounded-md border border-destructive/30 bg-destructive/5 p-3">
            <p className="text-xs font-medium text-destructive">Reject reason</p>
            <p className="mt-1 whitespace-pre-wrap">{t.reject_reason}</p>
          </div>
        )}
      </Card>
      <div className="flex flex-col gap-2">
        <h2 className="text-sm font-medium">
          Daily breakdown by project
          <span className="ml-2 font-normal text-muted-foreground">
            {formatDay(t.date_from)} to {formatDay(t.date_to, true)}
          </span>
        </h2>
        {t.daily_breakdown ? (
          <TimesheetBreakdown timesheet={t} />
        ) : (
          <p className="rounded-lg border border-dashed p-6 text-center text-muted-foreground">WebWork sent no daily breakdown for this timesheet.</p>
        )}
      </div>
    </div>
  )
}
