import type { Contract } from '@/contract/contracts'
import { mondayOf } from '@/contract/calendar'
import type { Timesheet } from '@/contract/timesheets'

/** More than this in one day is worth a second look. */
export const LONG_DAY_MINUTES = 12 * 60

export type TimesheetFlag =
  | { kind: 'long-day'; date: string; minutes: number }
  | { kind: 'over-limit'; contractId: number; projectName: string | null; week: string; minutes: number; limitMinutes: number }
  | { kind: 'on-leave'; date: string; minutes: number }

export interface ContractUsage {
  contractId: number | null
  projectName: string | null
  minutes: number
  /** Null when the contract is unknown to the caller or has no limit. */
  limitMinutes: number | null
}

/** Minutes per contract over the whole timesheet, against each contract's weekly limit. */
export function contractUsage(timesheet: Timesheet, contracts: ReadonlyMap<number, Contract>): ContractUsage[] {
  const byContract = new Map<number | null, ContractUsage>()
  for (const entries of Object.values(timesheet.daily_breakdown ?? {})) {
    for (const entry of entries) {
      const contractId = entry.contract_id ?? null
      const contract = contractId === null ? undefined : contracts.get(contractId)
      const usage = byContract.get(contractId) ?? {
        contractId,
        projectName: entry.project_name ?? contract?.project_name ?? null,
        minutes: 0,
        limitMinutes: contract?.weekly_hours_limit ? contract.weekly_hours_limit * 60 : null,
      }
      usage.minutes += entry.total_minutes
      byContract.set(contractId, usage)
    }
  }
  return [...byContract.values()].sort((a, b) => b.minutes - a.minutes)
}

/**
 * What is unusual in a timesheet: a day over 12 hours, a week over a contract's weekly limit,
 * or time tracked on a day of approved leave. `leaveDays` are the member's approved leave dates.
 */
export function timesheetFlags(timesheet: Timesheet, contracts: ReadonlyMap<number, Contract>, leaveDays: ReadonlySet<string>): TimesheetFlag[] {
  const flags: TimesheetFlag[] = []
  const weekly = new Map<string, { contractId: number; projectName: string | null; minutes: number }>()
  for (const [date, entries] of Object.entries(timesheet.daily_breakdown ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const minutes = entries.reduce((sum, e) => sum + e.total_minutes, 0)
    if (minutes > LONG_DAY_MINUTES) flags.push({ kind: 'long-day', date, minutes })
    if (minutes > 0 && leaveDays.has(date)) flags.push({ kind: 'on-leave', date, minutes })
    for (const entry of entries) {
      if (entry.contract_id === undefined) continue
      // Weekly limits run Monday to Sunday.
      const key = `${entry.contract_id}:${mondayOf(date)}`
      const sum = weekly.get(key) ?? { contractId: entry.contract_id, projectName: entry.project_name ?? null, minutes: 0 }
      sum.minutes += entry.total_minutes
      weekly.set(key, sum)
    }
  }
  for (const [key, sum] of weekly) {
    const limit = contracts.get(sum.contractId)?.weekly_hours_limit
    if (limit && sum.minutes > limit * 60) {
      flags.push({ kind: 'over-limit', ...sum, week: key.split(':')[1]!, limitMinutes: limit * 60 })
    }
  }
  return flags
}
