import type { InboxKind } from '@/api/approvals/kinds'
import type { InboxItem } from './inbox-items'
import { formatDayRange } from '@/utils/format'

export const kindLabel: Record<InboxKind, string> = { timesheet: 'Timesheet', 'time-request': 'Time request', leave: 'Leave' }
export const kindPlural: Record<InboxKind, string> = { timesheet: 'Timesheets', 'time-request': 'Time requests', leave: 'Leaves' }

export const memberLabel = (item: InboxItem) => item.memberName ?? (item.userId === undefined ? 'Unknown member' : `Member #${item.userId}`)

/** `Nov 16 – Nov 22`, or "no dates" when the vendor sent none. */
export const periodLabel = (item: Pick<InboxItem, 'from' | 'to'>) => (item.from ? formatDayRange(item.from, item.to ?? item.from) : 'no dates')

/** `Timesheet of Ava Owens, Nov 16 – Nov 22`: how messages and labels name an item. */
export const describeItem = (item: InboxItem) => `${kindLabel[item.kind]} of ${memberLabel(item)}, ${periodLabel(item)}`
