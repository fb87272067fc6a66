import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Contract } from '@/contract/contracts'
import { contractQueries } from '@/api/contracts/queries'
import { currentWeek, forecastWeek, minutesByContract, type WeeklyForecast } from './weekly-forecast'

/**
 * This week's hours per contract, and the forecast against each limit. One report request for the
 * whole workspace; it loads beside the page and never holds it up (null until it arrives).
 */
export function useWeekForecasts(workspaceId: number) {
  const week = useMemo(() => currentWeek(), [])
  const { start_date, end_date } = week
  const report = useQuery(contractQueries.week(workspaceId, { start_date, end_date }))
  return useMemo(() => {
    if (!report.data) return { forecast: () => null, error: report.error, week }
    const minutes = minutesByContract(report.data)
    const now = new Date()
    return {
      forecast: (c: Contract): WeeklyForecast =>
        forecastWeek({
          trackedMinutes: minutes.get(c.id) ?? 0,
          limitHours: c.weekly_hours_limit,
          weekStart: week.weekStart,
          now,
        }),
      error: report.error,
      week,
    }
  }, [report.data, report.error, week])
}
