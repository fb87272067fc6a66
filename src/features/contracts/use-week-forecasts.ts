import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Contract } from '@/contract/contracts'
import { contractQueries } from '@/api/contracts/queries'
import { minutesByContract } from '@/api/contracts/week-minutes'
import { currentWeek, forecastWeek, weekOf, type WeeklyForecast } from '@/api/contracts/weekly-forecast'

/**
 * A week's hours per contract (this week unless `monday` names another), and the forecast against
 * each limit. One report request for the whole workspace; it loads beside the page and never holds
 * it up (null until it arrives).
 */
export function useWeekForecasts(workspaceId: number, monday?: string) {
  const week = useMemo(() => (monday ? weekOf(monday) : currentWeek()), [monday])
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
