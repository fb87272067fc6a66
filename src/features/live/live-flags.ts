// The board's flags, pure: a tracker running unusually long, tracking on a day of approved leave,
// and time beyond a contract's (or the member's) weekly limit.

export const LONG_RUN_SECONDS = 10 * 3600

export type LiveFlag =
  | { kind: 'long-running'; seconds: number }
  | { kind: 'on-leave' }
  | { kind: 'over-weekly-limit'; minutes: number; limitHours: number; contractName: string | null }

/** 0 and 168 hours mean "no limit" (as the API documents for contracts and members). */
export const hasWeeklyLimit = (hours: number | null | undefined): hours is number => hours != null && hours > 0 && hours < 168

export interface FlagInput {
  /** Seconds the running tracker has run, when known. */
  runningSeconds: number | null
  tracking: boolean
  onApprovedLeave: boolean
  /** This week's finished minutes per contract of the member, with each contract's limit. */
  contracts: { contractId: number; name?: string; weekMinutes: number; limitHours?: number | null }[]
  /** The member's own weekly limit across contracts (unknown: no flag). */
  memberLimitHours?: number | null
  /** The running tracker's contract, whose minutes add to its week. */
  runningContractId: number | null
}

export function liveFlags(input: FlagInput): LiveFlag[] {
  const flags: LiveFlag[] = []
  if (input.tracking && input.runningSeconds !== null && input.runningSeconds > LONG_RUN_SECONDS) {
    flags.push({ kind: 'long-running', seconds: input.runningSeconds })
  }
  if (input.tracking && input.onApprovedLeave) flags.push({ kind: 'on-leave' })
  const running = input.tracking && input.runningSeconds !== null ? Math.floor(input.runningSeconds / 60) : 0
  let total = 0
  for (const c of input.contracts) {
    const minutes = c.weekMinutes + (c.contractId === input.runningContractId ? running : 0)
    total += minutes
    if (hasWeeklyLimit(c.limitHours) && minutes > c.limitHours * 60) {
      flags.push({ kind: 'over-weekly-limit', minutes, limitHours: c.limitHours, contractName: c.name ?? null })
    }
  }
  if (hasWeeklyLimit(input.memberLimitHours) && total > input.memberLimitHours * 60 && !flags.some((f) => f.kind === 'over-weekly-limit')) {
    flags.push({ kind: 'over-weekly-limit', minutes: total, limitHours: input.memberLimitHours, contractName: null })
  }
  return flags
}

export function flagLabel(flag: LiveFlag): string {
  switch (flag.kind) {
    case 'long-running':
      return 'Running over 10 h'
    case 'on-leave':
      return 'Tracking on leave'
    case 'over-weekly-limit':
      return `Over ${flag.limitHours} h weekly limit${flag.contractName ? ` (${flag.contractName})` : ''}`
  }
}
