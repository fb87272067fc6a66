import type { Contract } from '@/contract/contracts'
import { datesBetween } from '@/contract/calendar'
import { leaveRequestDays } from '@/contract/leaves'
import type { TimeRequest } from '@/contract/time-requests'
import type { Timesheet } from '@/contract/timesheets'
import type { InboxItem } from './inbox-items'
import { LONG_DAY_MINUTES, timesheetFlags, type TimesheetFlag } from './timesheet-flags'
import type { InboxRecord } from './use-inbox'

/** What the queue as a whole has read of its members' context (see use-queue-context.ts). */
export interface QueueContext {
  /** Every contract of the workspace by id; undefined until read. */
  contracts?: ReadonlyMap<number, Contract>
  /** A member's approved leave days from `from` to `to`; undefined until read, or when the read did not cover those days. */
  leaveDays: (userId: number, from: string, to: string) => ReadonlySet<string> | undefined
  /** Why a read failed, so a row says why it cannot tell. */
  error?: string
}

/**
 * A row's marker. `unknown` shows "—" with the reason (still reading, or nothing to check with);
 * `clear` shows nothing.
 */
export type RowFlags = { status: 'unknown'; why: string } | { status: 'clear' } | { status: 'flagged'; flags: TimesheetFlag[] }

/** What a row tells without opening the item: how much (hours, or days of leave) and its flags. */
export interface RowFacts {
  minutes?: number
  days?: number
  flags: RowFlags
}

const NO_DAYS: ReadonlySet<string> = new Set()
const NO_CONTRACTS: ReadonlyMap<number, Contract> = new Map()
const CHECKING = 'Checking limits and leave…'

const unknown = (why: string): RowFlags => ({ status: 'unknown', why })

function timesheetFacts(timesheet: Timesheet, context: QueueContext): RowFacts {
  const minutes = timesheet.total_minutes
  if (!timesheet.daily_breakdown) return { minutes, flags: unknown('WebWork sent no daily breakdown, so days and limits cannot be checked.') }
  // A timesheet nobody owns (the docs make user_id nullable) has no leave to be on.
  const leaveDays = timesheet.user_id === undefined ? NO_DAYS : context.leaveDays(timesheet.user_id, timesheet.date_from, timesheet.date_to)
  const flags = timesheetFlags(timesheet, context.contracts ?? NO_CONTRACTS, leaveDays ?? NO_DAYS)
  // A long day is known from the timesheet alone: it flags the row before the other reads are in.
  if (flags.length > 0) return { minutes, flags: { status: 'flagged', flags } }
  if (!context.contracts || !leaveDays) return { minutes, flags: unknown(context.error ?? CHECKING) }
  return { minutes, flags: { status: 'clear' } }
}

/**
 * A time request's span alone over 12 hours, or on a day of approved leave. Its effect on the
 * weekly limit needs the week's report, read in its context panel, not per row.
 */
function timeRequestFacts(request: TimeRequest, item: InboxItem, context: QueueContext): RowFacts {
  if (!request.start || !request.end || !item.from || !item.to) return { flags: unknown('The request names no span.') }
  const minutes = Math.max(0, Math.round((Date.parse(request.end) - Date.parse(request.start)) / 60_000))
  const flags: TimesheetFlag[] = []
  if (minutes > LONG_DAY_MINUTES) flags.push({ kind: 'long-day', date: item.from, minutes })
  const leaveDays = request.user_id === undefined ? NO_DAYS : context.leaveDays(request.user_id, item.from, item.to)
  for (const date of datesBetween(item.from, item.to)) if (leaveDays?.has(date)) flags.push({ kind: 'on-leave', date, minutes })
  if (flags.length > 0) return { minutes, flags: { status: 'flagged', flags } }
  return { minutes, flags: leaveDays ? { status: 'clear' } : unknown(context.error ?? CHECKING) }
}

/** A row's facts from its record and what the queue has read; a leave has nothing to flag. */
export function rowFacts(item: InboxItem, record: InboxRecord | undefined, context: QueueContext): RowFacts {
  if (record?.kind === 'timesheet') return timesheetFacts(record.record, context)
  if (record?.kind === 'time-request') return timeRequestFacts(record.record, item, context)
  if (record?.kind === 'leave') return { days: leaveRequestDays(record.record.total), flags: { status: 'clear' } }
  return { flags: unknown('Not loaded.') }
}

/** Splits items by their flags, for a bulk approval: flagged (with why), not known yet, and clear. */
export function splitByFlags<T extends { key: string }>(items: readonly T[], facts: ReadonlyMap<string, RowFacts>) {
  const split = { flagged: [] as { item: T; flags: TimesheetFlag[] }[], unknown: [] as T[], clear: [] as T[] }
  for (const item of items) {
    const flags = facts.get(item.key)?.flags ?? { status: 'unknown' }
    if (flags.status === 'flagged') split.flagged.push({ item, flags: flags.flags })
    else if (flags.status === 'clear') split.clear.push(item)
    else split.unknown.push(item)
  }
  return split
}
