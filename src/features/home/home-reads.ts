import type { QueryClient } from '@tanstack/react-query'
import { loadInboxQueues } from '@/api/approvals/queries'
import { contractQueries } from '@/api/contracts/queries'
import { currentWeek, weekOf } from '@/api/contracts/weekly-forecast'
import { expenseQueries } from '@/api/expenses/queries'
import { leaveQueries } from '@/api/leaves/queries'
import { memberQueries } from '@/api/members/queries'
import { timesheetQueries } from '@/api/timesheets/queries'
import { addDays } from '@/contract/calendar'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '@/contract/pagination'
import type { Priority } from '@/lib/api/rate-budget'
import { localDay } from '@/utils/search-params'

// What Home reads, each under the key of the page its card links to, with the filters that page
// puts in its URL: following a card's link costs no request, and Home after that page neither.

/** Assumed: "away soon" looks a week ahead, today included. */
export const AWAY_SOON_DAYS = 7

/** The days Home's cards are about, from the viewer's current week, and the instant they were taken. */
export function homeDays(now = new Date()) {
  const today = localDay(now)
  const thisWeek = currentWeek(now)
  const lastWeek = weekOf(addDays(thisWeek.start_date, -7))
  return { now: now.getTime(), today, thisWeek, lastWeek, awayUntil: addDays(today, AWAY_SOON_DAYS) }
}
export type HomeDays = ReturnType<typeof homeDays>

const week = ({ start_date, end_date }: { start_date: string; end_date: string }) => ({ start_date, end_date })

/** The filters of each linked page, exactly as its URL state turns into them (so the keys match). */
export const homeFilters = (days: HomeDays) => ({
  /** Timesheets: last week's not yet submitted (`open` is read as `pending`), a whole page. */
  notSubmitted: {
    status: 'pending' as const,
    date_from: days.lastWeek.start_date,
    date_to: days.lastWeek.end_date,
    order_by: 'desc' as const,
    page: 1,
    per_page: MAX_PER_PAGE,
  },
  /** Leaves: approved ones overlapping the next week; the card keeps those that start in it. */
  awaySoon: { status: 'approved' as const, date_from: days.today, date_to: days.awayUntil, page: 1, per_page: MAX_PER_PAGE },
  /** Expenses: dated this week; the page's default size (the card needs the total). */
  expenses: { date_from: days.thisWeek.start_date, page: 1, per_page: DEFAULT_PER_PAGE },
})

/** The URL state of each linked page that turns into `homeFilters` (a test holds them to it). */
export const homeLinks = (days: HomeDays) => {
  const { notSubmitted, awaySoon, expenses } = homeFilters(days)
  return {
    notSubmitted: { status: notSubmitted.status, date_from: notSubmitted.date_from, date_to: notSubmitted.date_to, per_page: notSubmitted.per_page },
    awaySoon: { status: awaySoon.status, date_from: awaySoon.date_from, date_to: awaySoon.date_to, per_page: awaySoon.per_page },
    expenses: { date_from: expenses.date_from },
  }
}

export const homeQueries = (workspaceId: number, days: HomeDays) => {
  const filters = homeFilters(days)
  return {
    members: memberQueries.list(workspaceId, {}),
    contracts: contractQueries.list(workspaceId),
    thisWeek: contractQueries.week(workspaceId, week(days.thisWeek)),
    lastWeek: contractQueries.week(workspaceId, week(days.lastWeek)),
    notSubmitted: timesheetQueries.page(workspaceId, filters.notSubmitted),
    awaySoon: leaveQueries.page(workspaceId, filters.awaySoon),
    expenses: expenseQueries.page(workspaceId, filters.expenses),
  }
}

/**
 * Starts every card's first read at once and returns at once: each card shows as its own data
 * arrives, with its own error, and none waits for another. A navigation reads at the user's
 * priority; a hover prefetch at the back of the budget's queue.
 */
export function startHomeReads(queryClient: QueryClient, workspaceId: number, preload: boolean) {
  const meta: { priority: Priority } = { priority: preload ? 'background' : 'user' }
  const q = homeQueries(workspaceId, homeDays())
  // Names for three cards and the header's breakdown: asked for first.
  void queryClient.prefetchQuery({ ...q.members, meta })
  void queryClient.prefetchQuery({ ...q.contracts, meta })
  void queryClient.prefetchQuery({ ...q.thisWeek, meta })
  void queryClient.prefetchQuery({ ...q.lastWeek, meta })
  void queryClient.prefetchQuery({ ...q.notSubmitted, meta })
  void queryClient.prefetchQuery({ ...q.awaySoon, meta })
  void queryClient.prefetchQuery({ ...q.expenses, meta })
  // The inbox's own first pages (same keys); a failure shows on the card, not here.
  loadInboxQueues(queryClient, workspaceId, preload).catch(() => undefined)
}
