import { useQuery } from '@tanstack/react-query'
import { leaveAmountInDays, leaveRequestDays, type LeaveBalance, type LeaveRequest } from '@/contract/leaves'
import { formatDayRange } from '@/utils/format'
import { leaveContextQueries, leaveSpan } from '../context-queries'

/** The balance of the leave's own policy: by id where the vendor sends one, else by name. */
function policyBalance(balance: LeaveBalance | null | undefined, leave: LeaveRequest) {
  return balance?.leave_information.find(
    (b) => (leave.policy_id !== undefined && b.policy_id === leave.policy_id) || (leave.policy_name !== undefined && b.leave_type === leave.policy_name),
  )
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** `paid`, `unpaid`, or the vendor's own word. */
const paidText = (isPaid: LeaveRequest['is_paid']) => (isPaid === 'yes' ? 'paid' : isPaid === 'no' ? 'unpaid' : isPaid)

/**
 * A leave's context: the member's balance for that kind of leave, and who else is away then. The
 * balance is a side read: if WebWork does not answer it (a 404, or no row), the panel says so and
 * the rest stays.
 */
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

  const overlaps = (l: LeaveRequest) =>
    l.id !== leave.id && l.user_id !== leave.user_id && !!l.start_date && !!start && l.start_date <= end && (l.end_date ?? l.start_date) >= start
  const away = [...(approved.data ?? []), ...pendingLeaves].filter(overlaps)
  const own = policyBalance(balance.data, leave)
  const left = leaveAmountInDays(own?.balance)
  const requested = leaveRequestDays(leave.total)
  // Without the leave's policy (the docs list none on a request) every balance of the member shows.
  const shown = own ? [own] : (balance.data?.leave_information ?? [])

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted-foreground">Type</dt>
        <dd>{[leave.policy_name ?? 'Leave', paidText(leave.is_paid)].filter(Boolean).join(' · ')}</dd>
        <dt className="text-muted-foreground">Dates</dt>
        <dd>
          {start ? formatDayRange(start, end) : 'Not given'}
          {leave.start_time && leave.end_time && `, ${leave.start_time}–${leave.end_time}`}
          {requested !== undefined && ` (${round2(requested)} ${requested === 1 ? 'day' : 'days'})`}
        </dd>
        {leave.note && (
          <>
            <dt className="text-muted-foreground">Note</dt>
            <dd>{leave.note}</dd>
          </>
        )}
        <dt className="text-muted-foreground">Balance</dt>
        <dd>
          {balance.isPending && balance.fetchStatus !== 'idle' ? (
            'Loading…'
          ) : balance.isError ? (
            <span className="text-muted-foreground">Not available: {balance.error.message}</span>
          ) : shown.length === 0 ? (
            'Not available'
          ) : own ? (
            `${own.balance.text} left this year${left !== undefined && requested !== undefined ? `; ${round2(left - requested)} days after this request` : ''}`
          ) : (
            <ul>
              {shown.map((b) => (
                <li key={b.leave_type}>
                  {b.leave_type}: {b.balance.text}
                </li>
              ))}
              {balance.data?.total_balance && <li>In total: {balance.data.total_balance.text}</li>}
            </ul>
          )}
        </dd>
      </dl>

      <section aria-labelledby="away-title" className="flex flex-col gap-2">
        <h3 id="away-title" className="text-sm font-medium">
          Also away then
        </h3>
        {approved.isPending && approved.fetchStatus !== 'idle' ? (
          <p className="text-muted-foreground">Loading…</p>
        ) : approved.isError ? (
          <p className="text-muted-foreground">Other leave could not be read: {approved.error.message}</p>
        ) : away.length === 0 ? (
          <p className="text-muted-foreground">Nobody else is away on these days.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {away.map((l) => (
              <li key={l.id} className="flex justify-between gap-2">
                <span>{(l.user_id !== undefined && memberNames.get(l.user_id)) || (l.user_id === undefined ? 'Unknown member' : `Member #${l.user_id}`)}</span>
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
