import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { TimeRequest } from '@/contract/time-requests'
import { minutesByContract } from '@/api/contracts/week-minutes'
import { weekOf } from '@/api/contracts/weekly-forecast'
import { Badge } from '@/components/ui/badge'
import { formatDay, formatMinutes } from '@/utils/format'
import type { timeRequestContextQueries } from '../context-queries'
import { weekEffect } from '../time-request-day'

/**
 * What approving a time request does to its contract's weekly limit: the week's tracked hours on
 * the contract (one report for the workspace and week), plus the requested time, against the limit.
 */
export function TimeRequestWeek({
  request,
  monday,
  week,
  limitHours,
  limitLoading,
  addedMinutes,
}: {
  request: TimeRequest
  /** The Monday of the member's day of the request; undefined without a span. */
  monday: string | undefined
  week: ReturnType<typeof timeRequestContextQueries>['week']
  /** The contract's limit; undefined while unknown. */
  limitHours: number | null | undefined
  limitLoading: boolean
  /** Minutes approving would add (the request less any overlap); null without a span. */
  addedMinutes: number | null
}) {
  const report = useQuery(week)
  let body: ReactNode
  if (request.contract_id === undefined) body = <p className="text-muted-foreground">No contract named, so no weekly limit applies.</p>
  else if (addedMinutes === null || !monday) body = <p className="text-muted-foreground">Without a span, the week cannot be told.</p>
  else if (report.error) body = <p className="text-muted-foreground">The week's hours could not be read: {report.error.message}</p>
  else if (!report.data || limitLoading) body = <p className="text-muted-foreground">Reading the week…</p>
  else {
    const effect = weekEffect({
      trackedMinutes: minutesByContract(report.data).get(request.contract_id) ?? 0,
      addedMinutes,
      limitHours,
      weekStart: weekOf(monday).weekStart,
      now: new Date(),
    })
    body =
      effect.status === 'no-limit' ? (
        <p className="tabular-nums">
          No weekly limit{limitHours === undefined ? ' known' : ''} on this contract; {formatMinutes(effect.afterMinutes)} this week once approved.
        </p>
      ) : (
        <div className="flex flex-col gap-1">
          <p className="tabular-nums">
            {formatMinutes(effect.beforeMinutes)} tracked on this contract + {formatMinutes(addedMinutes)} requested = {formatMinutes(effect.afterMinutes)} of
            its {formatMinutes(effect.limitMinutes)} limit
            {effect.status === 'over' && (
              <Badge tone="warning" className="ml-2">
                over by {formatMinutes(effect.afterMinutes - effect.limitMinutes)}
              </Badge>
            )}
          </p>
          <div className="h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
            <div
              className={effect.status === 'over' ? 'h-full bg-warning' : 'h-full bg-primary'}
              style={{ width: `${Math.min(100, (effect.afterMinutes / effect.limitMinutes) * 100)}%` }}
            />
          </div>
          {effect.forecast && <p className="text-muted-foreground">At this pace: {effect.forecast}.</p>}
        </div>
      )
  }

  return (
    <section aria-labelledby="request-week-title" className="flex flex-col gap-2">
      <h3 id="request-week-title" className="text-sm font-medium">
        Weekly limit{monday && `, week of ${formatDay(monday)}`}
      </h3>
      {body}
    </section>
  )
}
