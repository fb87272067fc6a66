import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowRight, Inbox, ReceiptText } from 'lucide-react'
import type { InboxKind } from '@/api/approvals/kinds'
import { inboxQueries } from '@/api/approvals/queries'
import { leaveSubmittedAt, timeRequestSubmittedAt, timesheetSubmittedAt } from '@/api/approvals/submitted-at'
import { Button } from '@/components/ui/button'
import { commonCurrency, formatMoney } from '@/utils/amounts'
import { homeFilters, homeLinks, homeQueries, type HomeDays } from '../home-reads'
import { countPhrase, oldestText, summarizeQueue, type QueueSummary } from '../waiting'
import { cardLinkClass, cardStatus, Figure, HomeCard } from './home-card'

const rowClass = 'flex min-h-9 items-center justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-accent'

/** Pending decisions per kind with how long the oldest has waited, and this week's expenses. */
export function WaitingCard({ workspaceId, days }: { workspaceId: number; days: HomeDays }) {
  // The inbox's own first pages (same keys): opening the inbox after Home costs nothing.
  const timesheets = useInfiniteQuery(inboxQueries.timesheets(workspaceId))
  const timeRequests = useInfiniteQuery(inboxQueries.timeRequests(workspaceId))
  const leaves = useInfiniteQuery(inboxQueries.leaves(workspaceId))
  const status = cardStatus(timesheets, timeRequests, leaves)
  return (
    <HomeCard
      id="waiting"
      title="Waiting for you"
      icon={Inbox}
      status={status}
      link={
        <Link to="/w/$workspaceId/inbox" params={{ workspaceId }} search={{}} className={cardLinkClass}>
          Open the inbox
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      {() => {
        const queues: QueueSummary[] = [
          summarizeQueue('timesheet', timesheets.data!, timesheets.hasNextPage, timesheetSubmittedAt, days.now),
          summarizeQueue('time-request', timeRequests.data!, timeRequests.hasNextPage, timeRequestSubmittedAt, days.now),
          summarizeQueue('leave', leaves.data!, leaves.hasNextPage, leaveSubmittedAt, days.now),
        ]
        const total = queues.reduce((sum, q) => sum + q.count.total, 0)
        const atLeast = queues.some((q) => q.count.atLeast)
        return (
          <>
            <Figure value={`${total}${atLeast ? '+' : ''}`} label={total === 1 && !atLeast ? 'decision waiting' : 'decisions waiting'} />
            <ul className="-mx-2 flex flex-col">
              {queues.map((queue) => (
                <li key={queue.kind}>
                  <QueueLink workspaceId={workspaceId} queue={queue} />
                </li>
              ))}
              <li className="mt-1 border-t pt-1">
                <ExpensesLine workspaceId={workspaceId} days={days} />
              </li>
            </ul>
          </>
        )
      }}
    </HomeCard>
  )
}

function QueueLink({ workspaceId, queue }: { workspaceId: number; queue: QueueSummary }) {
  const oldest = oldestText(queue)
  const count = countPhrase(queue.kind, queue.count)
  const kind: InboxKind = queue.kind
  return (
    <Link to="/w/$workspaceId/inbox" params={{ workspaceId }} search={{ kind }} aria-label={oldest ? `${count}, ${oldest}` : count} className={rowClass}>
      <span className="font-medium tabular-nums">{count}</span>
      <span className="flex items-center gap-1 text-xs text-muted-foreground">
        {oldest}
        <ArrowRight aria-hidden className="size-3.5" />
      </span>
    </Link>
  )
}

/**
 * Expenses dated since Monday. Assumed: the API filters expenses by their own date (the docs'
 * `date_from`); one added this week but dated earlier is not counted.
 */
function ExpensesLine({ workspaceId, days }: { workspaceId: number; days: HomeDays }) {
  const filters = homeFilters(days).expenses
  const queries = homeQueries(workspaceId, days)
  const expenses = useQuery(queries.expenses)
  // The currency is the contracts' (read for Home's other cards): expenses name none.
  const contracts = useQuery(queries.contracts)
  if (!expenses.data) {
    return (
      <p className={`${rowClass} text-muted-foreground hover:bg-transparent`}>
        <span className="flex items-center gap-2">
          <ReceiptText aria-hidden className="size-4" />
          Expenses since Monday
        </span>
        {expenses.error ? (
          <Button variant="ghost" size="sm" onClick={() => void expenses.refetch()}>
            Not read: try again
          </Button>
        ) : (
          <span aria-hidden className="h-4 w-16 animate-pulse rounded bg-muted" />
        )}
      </p>
    )
  }
  const { data, pagination } = expenses.data
  // Without the vendor's total a full page is a lower bound, and its amounts are not the sum.
  const atLeast = !pagination && data.length >= filters.per_page
  const count = pagination?.total ?? data.length
  const currency = contracts.data ? commonCurrency(contracts.data.map((c) => c.currency)) : null
  const sum =
    !atLeast && count === data.length && count > 0
      ? formatMoney(
          data.reduce((total, e) => total + e.amount, 0),
          currency,
        )
      : null
  const phrase = `${count}${atLeast ? '+' : ''} ${count === 1 && !atLeast ? 'expense' : 'expenses'}`
  return (
    <Link
      to="/w/$workspaceId/expenses"
      params={{ workspaceId }}
      search={homeLinks(days).expenses}
      aria-label={`${phrase} since Monday${sum ? `, ${sum}` : ''}`}
      className={rowClass}
    >
      <span className="flex items-center gap-2">
        <ReceiptText aria-hidden className="size-4 text-muted-foreground" />
        <span>
          <span className="font-medium tabular-nums">{phrase}</span> since Monday
        </span>
      </span>
      <span className="flex items-center gap-1 text-xs text-muted-foreground tabular-nums">
        {sum}
        <ArrowRight aria-hidden className="size-3.5" />
      </span>
    </Link>
  )
}
