// Weekly hour limits for manual time: the contract's and the member's. The docs say manual time
// is "validated against member and contract limits" and may be saved in part; the sandbox saves
// what still fits in the week (Monday..Sunday of the entry's local day) and says so.

import type { Store } from '../store/store'
import type { ContractRecord, MembershipRecord } from '../store/types'
import { formatDay, mondayOf, parseDay } from '../seed/calendar'
import { spanSeconds } from '../live/trackers'

/** 0 means no limit (as the dashboard reads it); 168 hours is the vendor's "no limit" default. */
const limited = (hours: number) => hours > 0 && hours < 168

export interface LimitRoom {
  /** Minutes that still fit this week; Infinity when nothing limits. */
  minutes: number
  /** What limits it, for messages: `the contract's weekly limit of 20 hours`. */
  reason: string
}

export function weeklyRoom(store: Store, membership: MembershipRecord, contract: ContractRecord | undefined, date: string): LimitRoom {
  const monday = mondayOf(parseDay(date))
  const from = formatDay(monday)
  const to = formatDay(monday + 6)
  let memberSeconds = 0
  let contractSeconds = 0
  for (const span of store.spansOf(membership.userId)) {
    if (span.workspaceId !== membership.workspaceId || span.date < from || span.date > to) continue
    memberSeconds += spanSeconds(span)
    if (contract && span.contractId === contract.id) contractSeconds += spanSeconds(span)
  }
  let room: LimitRoom = { minutes: Infinity, reason: '' }
  if (contract && limited(contract.weeklyHoursLimit)) {
    room = {
      minutes: contract.weeklyHoursLimit * 60 - Math.ceil(contractSeconds / 60),
      reason: `the contract's weekly limit of ${contract.weeklyHoursLimit} hours`,
    }
  }
  if (limited(membership.weeklyHoursLimit)) {
    const left = membership.weeklyHoursLimit * 60 - Math.ceil(memberSeconds / 60)
    if (left < room.minutes) room = { minutes: left, reason: `the member's weekly limit of ${membership.weeklyHoursLimit} hours` }
  }
  return { ...room, minutes: Math.max(0, room.minutes) }
}
