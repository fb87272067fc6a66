import { trackedHoursDays, type TrackedHoursReport } from '@/contract/reports'

/** Minutes per contract in a tracked-hours report (rows without a contract are left out). */
export function minutesByContract(report: TrackedHoursReport): Map<number, number> {
  const totals = new Map<number, number>()
  for (const [, day] of trackedHoursDays(report)) {
    for (const row of day.users) if (row.contract_id !== null) totals.set(row.contract_id, (totals.get(row.contract_id) ?? 0) + row.total_minutes)
  }
  return totals
}
