import { forecastText, forecastWeek, type WeeklyForecast } from '@/api/contracts/weekly-forecast'
import type { Contract } from '@/contract/contracts'
import { formatMinutes } from '@/utils/format'

// "At risk this week": contracts over their weekly limit or on course to pass it, the forecast the
// Contracts page shows, worst first.

export interface ContractAtRisk {
  contract: Contract
  forecast: WeeklyForecast
}

/** How far past its limit a contract is or will be: tracked for one over it, projected otherwise. */
const overrun = ({ status, trackedMinutes, projectedMinutes, limitMinutes }: WeeklyForecast) =>
  (status === 'over' ? trackedMinutes : (projectedMinutes ?? 0)) / (limitMinutes ?? 1)

export function contractsAtRisk(
  contracts: readonly Contract[],
  minutesByContract: ReadonlyMap<number, number>,
  week: { weekStart: Date; now: Date },
): ContractAtRisk[] {
  return contracts
    .map((contract) => ({
      contract,
      forecast: forecastWeek({ trackedMinutes: minutesByContract.get(contract.id) ?? 0, limitHours: contract.weekly_hours_limit, ...week }),
    }))
    .filter(({ forecast }) => forecast.status === 'over' || forecast.status === 'at-risk')
    .sort(
      (a, b) =>
        Number(b.forecast.status === 'over') - Number(a.forecast.status === 'over') ||
        overrun(b.forecast) - overrun(a.forecast) ||
        a.contract.id - b.contract.id,
    )
}

/** "12h 30m tracked, limit 10 h" once over; "≈ 14 h by Friday, limit 10 h" while on course to it. */
export function riskText(forecast: WeeklyForecast): string {
  // Limits are whole hours (the API's `weekly_hours_limit` is an integer).
  const limit = `limit ${(forecast.limitMinutes ?? 0) / 60} h`
  if (forecast.status === 'over') return `${formatMinutes(forecast.trackedMinutes)} tracked, ${limit}`
  return forecastText(forecast) ?? `${formatMinutes(forecast.trackedMinutes)} so far, ${limit}`
}
