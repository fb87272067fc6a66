import { useQuery } from '@tanstack/react-query'
import { AlertTriangle } from 'lucide-react'
import { datesBetween } from '@/contract/calendar'
import type { Timesheet } from '@/contract/timesheets'
import { Figure } from '@/components/data/figure'
import { HiddenAmount } from '@/components/data/hidden-amount'
import { TimesheetBreakdown } from '@/components/data/timesheet-breakdown'
import { Badge } from '@/components/ui/badge'
import { formatMinutes } from '@/utils/format'
import { timesheetContextQueries } from '../context-queries'
import { flagText } from '../flag-text'
import type { QueueContext } from '../row-facts'
import { contractUsage, timesheetFlags } from '../timesheet-flags'

/** What a manager needs to decide a timesheet: flags, hours against each contract's limit, the days. */
export function TimesheetContext({ workspaceId, timesheet, held }: { workspaceId: number; timesheet: Timesheet; held: QueueContext }) {
  const queries = timesheetContextQueries(workspaceId, timesheet, held)
  const contracts = useQuery(queries.contracts)
  const leaves = useQuery(queries.leaves)
  // What the queue holds for its rows first; the member's own reads while it does not.
  const contractMap = held.contracts ?? new Map((contracts.data ?? []).map((c) => [c.id, c]))
  const heldLeaveDays = timesheet.user_id === undefined ? undefined : held.leaveDays(timesheet.user_id, timesheet.date_from, timesheet.date_to)
  const leaveDays = heldLeaveDays ?? new Set((leaves.data ?? []).flatMap((l) => (l.start_date && l.end_date ? datesBetween(l.start_date, l.end_date) : [])))
  const flags = timesheetFlags(timesheet, contractMap, leaveDays)
  const usage = contractUsage(timesheet, contractMap)
  const breakdown = timesheet.daily_breakdown
  const days = Object.keys(breakdown ?? {}).sort()
  // A disabled query (no member id) stays pending without fetching: it is not loading.
  const loadingContext = (contracts.isPending && contracts.fetchStatus !== 'idle') || (leaves.isPending && leaves.fetchStatus !== 'idle')
  const contextError = contracts.error ?? leaves.error

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Figure boxed label="Total">
          {timesheet.total_minutes === undefined ? '—' : formatMinutes(timesheet.total_minutes)}
        </Figure>
        <Figure boxed label="Days tracked">
          {breakdown ? days.filter((d) => (breakdown[d] ?? []).length > 0).length : '—'}
        </Figure>
        <Figure boxed label="Amount">
          <HiddenAmount amount={timesheet.total_amount} zeroLabel={timesheet.total_minutes ? 'Not billable' : undefined} />
        </Figure>
      </dl>

      <section aria-labelledby="flags-title" className="flex flex-col gap-2">
        <h3 id="flags-title" className="text-sm font-medium">
          Flags
        </h3>
        {/* A side read that failed (e.g. 404) leaves the rest of the panel as it is. */}
        {contextError && <p className="text-muted-foreground">Limits or leave could not be read: {contextError.message}</p>}
        {!breakdown ? (
          <p className="text-muted-foreground">WebWork sent no daily breakdown, so days and limits cannot be checked.</p>
        ) : loadingContext ? (
          <p className="text-muted-foreground">Checking limits and leave…</p>
        ) : flags.length === 0 ? (
          <p className="text-muted-foreground">Nothing unusual: no day over 12 hours, no contract over its weekly limit, no time on leave.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {flags.map((flag) => (
              <li key={`${flag.kind}-${'date' in flag ? flag.date : flag.contractId + flag.week}`} className="flex items-start gap-2">
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
                <span>{flagText(flag)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {breakdown && (
        <section aria-labelledby="limits-title" className="flex flex-col gap-2">
          <h3 id="limits-title" className="text-sm font-medium">
            Hours against weekly limits
          </h3>
          <ul className="flex flex-col gap-2">
            {usage.map((u) => {
              const over = u.limitMinutes !== null && u.minutes > u.limitMinutes
              return (
                <li key={u.contractId ?? 'none'} className="flex flex-col gap-1">
                  <div className="flex justify-between gap-2">
                    <span className="truncate">{u.projectName ?? 'No project'}</span>
                    <span className="tabular-nums text-muted-foreground">
                      {formatMinutes(u.minutes)}
                      {u.limitMinutes !== null && ` of ${formatMinutes(u.limitMinutes)}`}
                      {over && (
                        <Badge tone="warning" className="ml-2">
                          over
                        </Badge>
                      )}
                    </span>
                  </div>
                  {u.limitMinutes !== null && (
                    <div className="h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
                      <div
                        className={over ? 'h-full bg-warning' : 'h-full bg-primary'}
                        style={{ width: `${Math.min(100, (u.minutes / u.limitMinutes) * 100)}%` }}
                      />
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}

      {breakdown && <TimesheetBreakdown timesheet={timesheet} />}
    </div>
  )
}
