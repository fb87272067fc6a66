import { useQuery } from '@tanstack/react-query'
import { AlertTriangle } from 'lucide-react'
import { datesBetween } from '@/contract/calendar'
import type { DailyProjectEntry, Timesheet } from '@/contract/timesheets'
import { HiddenAmount } from '@/components/data/hidden-amount'
import { Badge } from '@/components/ui/badge'
import { formatDay, formatMinutes, formatWeekday } from '@/utils/format'
import { timesheetContextQueries } from '../context-queries'
import { contractUsage, timesheetFlags, type TimesheetFlag } from '../timesheet-flags'

function flagText(flag: TimesheetFlag): string {
  if (flag.kind === 'long-day') return `${formatWeekday(flag.date)}: ${formatMinutes(flag.minutes)} in one day`
  if (flag.kind === 'on-leave') return `${formatWeekday(flag.date)}: ${formatMinutes(flag.minutes)} tracked on a day of approved leave`
  return `${flag.projectName ?? 'A contract'}: ${formatMinutes(flag.minutes)} in the week of ${formatDay(flag.week)}, over its ${formatMinutes(flag.limitMinutes)} limit`
}

/** What a manager needs to decide a timesheet: flags, hours against each contract's limit, the days. */
export function TimesheetContext({ workspaceId, timesheet }: { workspaceId: number; timesheet: Timesheet }) {
  const queries = timesheetContextQueries(workspaceId, timesheet)
  const contracts = useQuery(queries.contracts)
  const leaves = useQuery(queries.leaves)
  const contractMap = new Map((contracts.data ?? []).map((c) => [c.id, c]))
  const leaveDays = new Set(
    (leaves.data ?? []).flatMap((l) => (l.start_date && l.end_date ? datesBetween(l.start_date, l.end_date) : [])),
  )
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
        <Figure label="Total">{timesheet.total_minutes === undefined ? '—' : formatMinutes(timesheet.total_minutes)}</Figure>
        <Figure label="Days tracked">{breakdown ? days.filter((d) => (breakdown[d] ?? []).length > 0).length : '—'}</Figure>
        <Figure label="Amount">
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

      {breakdown && <BreakdownTable breakdown={breakdown} days={days} projects={usage.map((u) => ({ id: u.contractId, name: u.projectName }))} />}
    </div>
  )
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md border px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-base font-semibold tabular-nums">{children}</dd>
    </div>
  )
}

function BreakdownTable({
  breakdown,
  days,
  projects,
}: {
  breakdown: Record<string, DailyProjectEntry[]>
  days: string[]
  projects: { id: number | null; name: string | null }[]
}) {
  if (days.length === 0) return <p className="text-muted-foreground">No time tracked in this period.</p>
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Daily breakdown by project</caption>
        <thead className="bg-muted/50 text-muted-foreground">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Day
            </th>
            {projects.map((p) => (
              <th key={p.id ?? 'none'} scope="col" className="px-2 py-1.5 text-right font-medium">
                {p.name ?? 'No project'}
              </th>
            ))}
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              Total
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {days.map((day) => {
            const entries = breakdown[day] ?? []
            const total = entries.reduce((sum, e) => sum + e.total_minutes, 0)
            return (
              <tr key={day}>
                <th scope="row" className="px-2 py-1.5 font-normal whitespace-nowrap">
                  {formatWeekday(day)}
                </th>
                {projects.map((p) => {
                  const minutes = entries.find((e) => (e.contract_id ?? null) === p.id)?.total_minutes
                  return (
                    <td key={p.id ?? 'none'} className="px-2 py-1.5 text-right tabular-nums">
                      {minutes ? formatMinutes(minutes) : ''}
                    </td>
                  )
                })}
                <td className="px-2 py-1.5 text-right font-medium tabular-nums">{formatMinutes(total)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
