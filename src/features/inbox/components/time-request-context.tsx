import { useQuery } from '@tanstack/react-query'
import type { TimeRequest } from '@/contract/time-requests'
import { formatClock, formatMinutes, formatWeekday } from '@/utils/format'
import { timeRequestContextQueries } from '../context-queries'

/** A time request's context: the span asked for, in the viewer's time, and the project. */
export function TimeRequestContext({ workspaceId, request }: { workspaceId: number; request: TimeRequest }) {
  const contracts = useQuery(timeRequestContextQueries(workspaceId, request).contracts)
  const contract = contracts.data?.find((c) => c.id === request.contract_id)
  const minutes = request.start && request.end ? (Date.parse(request.end) - Date.parse(request.start)) / 60_000 : null

  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      <dt className="text-muted-foreground">Span</dt>
      <dd>
        {request.start && request.end
          ? `${formatWeekday(new Date(request.start).toISOString().slice(0, 10))}, ${formatClock(request.start)}–${formatClock(request.end)} (your time)`
          : 'Not given'}
      </dd>
      <dt className="text-muted-foreground">Duration</dt>
      <dd className="tabular-nums">{minutes === null ? '—' : formatMinutes(minutes)}</dd>
      <dt className="text-muted-foreground">Project</dt>
      <dd>
        {request.contract_id === undefined
          ? 'No project'
          : contracts.isPending && contracts.fetchStatus !== 'idle'
            ? 'Loading…'
            : (contract?.project_name ?? `Contract #${request.contract_id}`)}
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
  )
}
