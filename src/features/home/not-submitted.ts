import { personLabel } from '@/api/members/member-name'
import type { Member } from '@/contract/members'
import type { Timesheet } from '@/contract/timesheets'

// "Not submitted": last week's timesheets still open, one row per member, and the list as text an
// owner pastes into their own chat or email to nudge them.

export interface NotSubmitted {
  timesheetId: string
  userId: number | undefined
  name: string
  email: string | null
  minutes: number | undefined
}

export function notSubmittedRows(timesheets: readonly Timesheet[], members: ReadonlyMap<number, Member>): NotSubmitted[] {
  return timesheets
    .map((t) => {
      const member = t.user_id === undefined ? undefined : members.get(t.user_id)
      // The timesheet's own member (variant B) first, then the member list (variant A sends none).
      const email = t.member?.email ?? member?.email ?? null
      const name = t.member?.name ?? (member ? personLabel(member, member.id) : (email ?? `Member #${t.user_id ?? '?'}`))
      return { timesheetId: t.id, userId: t.user_id, name, email, minutes: t.total_minutes }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.timesheetId.localeCompare(b.timesheetId))
}

/** One line per member: `Ada Lovelace <ada@example.com>`, or the name alone without an email. */
export const copyListText = (rows: readonly NotSubmitted[]) => rows.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)).join('\n')
