import { useState } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import { AlertTriangle } from 'lucide-react'
import type { TimeRequest } from '@/contract/time-requests'
import { formatClock, formatMinutes, formatWeekday } from '@/utils/format'
import { timeRequestContextQueries } from '../context-queries'
import type { QueueContext } from '../row-facts'
import { LONG_DAY_MINUTES } from '../timesheet-flags'
import { overlapWith, trackedMinutes, trackedSpans, type Span } from '../time-request-day'
import { TimeRequestWeek } from './time-request-week'

const clockSpan = (span: Span) => `${formatClock(new Date(span.start).toISOString())}–${formatClock(new Date(span.end).toISOString())}`

/**
 * A time request's context: the span asked for (in the viewer's time), the project, the member's
 * tracked time that day and where the request overlaps it, and what it does to the contract's
 * weekly limit. `timeZone` is the member's: their entries are listed by their own day.
 */
export function TimeRequestContext({
  workspaceId,
  request,
  held,
  timeZone,
}: {
  workspaceId: number
  request: TimeRequest
  held: QueueContext
  timeZone?: string
}) {
  const queries = timeRequestContextQueries(workspaceId, request, held, timeZone)
  const ownContracts = useQuery(queries.contracts)
  const days = useQueries({ queries: queries.days })
  // Running entries count up to the moment the panel opened.
  const [now] = useState(() => Date.now())
  const contract =
    request.contract_id === undefined ? undefined : (held.contracts?.get(request.contract_id) ?? ownContracts.data?.find((c) => c.id === request.contract_id))
  const contractsLoading = !held.contracts && ownContracts.isPending && ownContracts.fetchStatus !== 'idle'
  const asked: Span | null = request.start && request.end ? { start: Date.parse(request.start), end: Date.parse(request.end) } : null
  const minutes = asked && Math.max(0, Math.round((asked.end - asked.start) / 60_000))

  const entries = days.every((d) => d.data) ? days.flatMap((d) => d.data!) : undefined
  const dayError = days.find((d) => d.error)?.error
  const tracked = entries && trackedSpans(entries, now)
  const overlap = tracked && asked ? overlapWith(tracked, asked) : undefined
  const added = minutes === null ? 0 : minutes - (overlap?.minutes ?? 0)
  const dayMinutes = entries && trackedMinutes(entries, now)

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted-foreground">Span</dt>
        <dd>{asked ? `${formatWeekday(new Date(asked.start).toISOString().slice(0, 10))}, ${clockSpan(asked)} (your time)` : 'Not given'}</dd>
        <dt className="text-muted-foreground">Duration</dt>
        <dd className="tabular-nums">{minutes === null ? '—' : formatMinutes(minutes)}</dd>
        <dt className="text-muted-foreground">Project</dt>
        <dd>
          {request.contract_id === undefined ? 'No project' : contractsLoading ? 'Loading…' : (contract?.project_name ?? `Contract #${request.contract_id}`)}
        </dd>
        {request.task_id !== undefined && (
          <>
            <dt className="text-muted-foreground">Task</dt>
            <dd>#{request.task_id}</dd>
          </>
        )}
        <dt className="text-muted-foreground">Notes</dt>
        <dd>{request.notes || <span className="text-muted-foreground">None</span>}</dd>
      </dl>

      <section aria-labelledby="request-day-title" className="flex flex-col gap-2">
        <h3 id="request-day-title" className="text-sm font-medium">
          Tracked that day
        </h3>
        {queries.days.length === 0 || request.user_id === undefined ? (
          <p className="text-muted-foreground">Without a member and a span, their day cannot be read.</p>
        ) : dayError ? (
          <p className="text-muted-foreground">Their day could not be read: {dayError.message}</p>
        ) : !tracked || dayMinutes === undefined ? (
          <p className="text-muted-foreground">Reading their day…</p>
        ) : (
          <>
            <p className="tabular-nums">
              {tracked.length === 0
                ? 'Nothing tracked that day.'
                : `${formatMinutes(dayMinutes)} tracked, ${clockSpan({ start: tracked[0]!.start, end: Math.max(...tracked.map((s) => s.end)) })} (your time)`}
            </p>
            {overlap && overlap.minutes > 0 ? (
              <p className="flex items-start gap-2">
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
                <span>
                  Overlaps {formatMinutes(overlap.minutes)} already tracked ({overlap.spans.map(clockSpan).join(', ')}): approving adds {formatMinutes(added)}{' '}
                  at most.
                </span>
              </p>
            ) : (
              asked && <p className="text-muted-foreground">No overlap with tracked time.</p>
            )}
            {dayMinutes + added > LONG_DAY_MINUTES && (
              <p className="flex items-start gap-2">
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
                <span className="tabular-nums">{formatMinutes(dayMinutes + added)} that day once approved: over 12 hours.</span>
              </p>
            )}
          </>
        )}
      </section>

      <TimeRequestWeek
        request={request}
        monday={queries.monday}
        week={queries.week}
        limitHours={contract ? contract.weekly_hours_limit : undefined}
        limitLoading={contractsLoading}
        addedMinutes={entries ? added : minutes}
      />
    </div>
  )
}
