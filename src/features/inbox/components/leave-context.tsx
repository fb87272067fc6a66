import { useQuery } from '@tanstack/react-query'
import { parseLeaveDays, type LeaveRequest } from '@/contract/leaves'
import { formatDayRange } from '@/utils/format'
import { leaveContextQueries, leaveSpan } from '../api/context-queries'

/** A leave's context: the member's balance for that kind of leave, and who else is away then. */
export function LeaveContext({
  workspaceId,
  leave,
  pendingLeaves,
  memberNames,
}: {
  workspaceId: number
  leave: LeaveRequest
  pendingLeaves: readonly LeaveRequest[]
  memberNames: ReadonlyMap<number, string>
}) {
  const { start, end } = leaveSpan(leave)
  const queries = leaveContextQueries(workspaceId, leave)
  const balance = useQuery(queries.balance)
  const approved = useQuery(queries.approved)

  const overlaps = (l: LeaveRequest) => l.id !== leave.id && l.user_id !== leave.user_id && !!l.start_date && l.start_date <= end && (l.end_date ?? l.start_date) >= start
  const away = [...(approved.data ?? []), ...pendingLeaves].filter(overlaps)
  const policyBalance = balance.data?.leave_information.find((b) => (leave.policy_id != null && b.policy_id === leave.policy_id) || b.leave_type === leave.policy_name)
  const left = parseLeaveDays(policyBalance?.balance)
  const requested = leave.total?.days

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted-foreground">Type</dt>
        <dd>
          {leave.policy_name ?? 'Leave'} · {leave.is_paid === 'yes' ? 'paid' : 'unpaid'}
        </dd>
        <dt className="text-muted-foreground">Dates</dt>
        <dd>
          {formatDayRange(start, end)}
          {leave.start_time && leave.end_time && `, ${leave.start_time}–${leave.end_time}`}
          {requested !== undefined && ` (${requested} ${requested === 1 ? 'day' : 'days'})`}
        </dd>
        {leave.note && (
          <>
            <dt className="text-muted-foreground">Note</dt>
            <dd>{leave.note}</dd>
          </>
        )}
        <dt className="text-muted-foreground">Balance</dt>
        <dd>
          {balance.isPending
            ? 'Loading…'
            : policyBalance
              ? `${policyBalance.balance} left this year${left !== null && requested !== undefined ? `; ${Math.round((left - requested) * 100) / 100} after this request` : ''}`
              : 'Not available'}
        </dd>
      </dl>

      <section aria-labelledby="away-title" className="flex flex-col gap-2">
        <h3 id="away-title" className="text-sm font-medium">
          Also away then
        </h3>
        {approved.isPending ? (
          <p className="text-muted-foreground">Loading…</p>
        ) : away.length === 0 ? (
          <p className="text-muted-foreground">Nobody else is away on these days.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {away.map((l) => (
              <li key={l.id} className="flex justify-between gap-2">
                <span>{(l.user_id !== null && memberNames.get(l.user_id)) || `Member #${l.user_id}`}</span>
                <span className="text-muted-foreground">
                  {formatDayRange(l.start_date!, l.end_date ?? l.start_date!)} · {l.status}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
