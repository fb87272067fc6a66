import { getRouteApi } from '@tanstack/react-router'
import { FilterSelect } from '@/components/data/filter-controls'
import { formatDay, formatMinutes, formatMonth } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { reportChunks, reportQueries } from '@/api/reports/queries'
import { amountCell, durationCell, type TableData } from '../csv'
import { bucketRows, chartBucket, trackedHoursView, type ChartBucket, type TrackedHoursView } from '../report-aggregation'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { ReportFrame } from './report-frame'
import { ReportTable } from './report-table'
import { ReportToolbar, useReportNavigate } from './report-toolbar'
import { TrackedHoursChart } from './tracked-hours-chart'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

/** The chart stacks at most this many series; the rest are summed as "Other" (the totals table lists all). */
const MAX_SERIES = 8

export function TrackedHoursPage() {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const go = useReportNavigate()
  const lookups = useReportLookups(workspaceId)
  const range = resolveRange(search, localDay())
  const filters = reportFilters(search, lookups.teamMembers)
  const result = useReportChunks(reportChunks(range).map((chunk) => reportQueries.trackedHours(workspaceId, chunk, filters)))
  const label = (key: string) =>
    key.startsWith('u') ? lookups.memberName(Number(key.slice(1))) : lookups.projectName(key === 'pnone' ? null : Number(key.slice(1)))
  const view = result.data && trackedHoursView(result.data, search.by, label)
  // Long ranges chart by week or month, so the bars stay readable; the table follows the chart.
  const bucket = chartBucket(range)
  const chart = view && chartView(view, bucket)
  const name = `tracked-hours-${range.start}-${range.end}`

  return (
    <ReportFrame
      title="Tracked hours"
      description="Time tracked per day (per week over two months, per month over nine), stacked by project or member."
      toolbar={
        <ReportToolbar range={range}>
          <FilterSelect
            id="report-by"
            label="Stack by"
            value={search.by}
            options={[
              { value: 'project', label: 'Project' },
              { value: 'member', label: 'Member' },
            ]}
            onChange={(value) => go({ by: value === 'member' ? 'member' : 'project' })}
          />
        </ReportToolbar>
      }
      result={{ ...result, ready: !!view }}
      chart={() => chart && <TrackedHoursChart days={chart.days} series={chart.series} bucket={bucket} />}
      table={() =>
        chart && (
          <ReportTable
            label={`Tracked hours per ${bucket}`}
            table={bucketTable(chart, bucket)}
            numeric={chart.series.map((_, i) => i + 1).concat(chart.series.length + 1)}
            filename={`${name}-${bucketFile[bucket]}.csv`}
          />
        )
      }
      extra={() =>
        view && (
          <>
            {view.totals.length === 0 && !!view.sentTotalMinutes && (
              <p role="note" className="text-sm text-muted-foreground">
                WebWork sent a total of {formatMinutes(view.sentTotalMinutes)} for this range without the per-day rows.
              </p>
            )}
            <ReportTable label={`Totals by ${search.by}`} table={totalsTable(view, search.by)} numeric={[1, 2, 3]} filename={`${name}-totals.csv`} />
          </>
        )
      }
    />
  )
}

const bucketFile: Record<ChartBucket, string> = { day: 'daily', week: 'weekly', month: 'monthly' }
const bucketColumn: Record<ChartBucket, string> = { day: 'Day', week: 'Week of', month: 'Month' }
/** A bucket's row label: the day, the week's Monday, or the month. */
export const bucketLabel = (date: string, bucket: ChartBucket) => (bucket === 'month' ? formatMonth(date) : formatDay(date, true))

/** The biggest series and "Other", for a chart that stays readable, by `bucket`. */
function chartView(view: TrackedHoursView, bucket: ChartBucket) {
  view = { ...view, days: bucketRows(view.days, bucket) }
  if (view.series.length <= MAX_SERIES) return view
  const kept = view.series.slice(0, MAX_SERIES - 1)
  const keys = new Set(kept.map((s) => s.key))
  const days = view.days.map((day) => {
    const row: Record<string, number | string> = { date: day.date }
    for (const [key, value] of Object.entries(day))
      if (key !== 'date') {
        const target = keys.has(key) ? key : 'other'
        row[target] = ((row[target] as number | undefined) ?? 0) + (value as number)
      }
    return row as TrackedHoursView['days'][number]
  })
  return { ...view, series: [...kept, { key: 'other', label: 'Other' }], days }
}

function bucketTable(view: TrackedHoursView, bucket: ChartBucket): TableData {
  return {
    columns: [bucketColumn[bucket], ...view.series.map((s) => s.label), 'Total'],
    rows: view.days.map((day) => {
      const values = view.series.map((s) => (day[s.key] as number | undefined) ?? 0)
      return [bucketLabel(day.date, bucket), ...values.map(durationCell), durationCell(values.reduce((a, b) => a + b, 0))]
    }),
  }
}

/** Per series and in all; amounts only where the API sent them (time on non-billable work reads "Not billable"). */
function totalsTable(view: TrackedHoursView, by: 'project' | 'member'): TableData {
  const share = (m: number) => (view.totalMinutes ? `${Math.round((m / view.totalMinutes) * 100)}%` : '0%')
  const amount = view.totalAmounts ? (amounts: TrackedHoursView['totalAmounts'], minutes: number) => [amountCell(amounts, { minutes })] : () => []
  return {
    columns: [by === 'project' ? 'Project' : 'Member', 'Tracked', 'Share', ...(view.totalAmounts ? ['Amount'] : [])],
    rows: [
      ...view.totals.map((t) => [t.label, durationCell(t.minutes), share(t.minutes), ...amount(t.amounts, t.minutes)]),
      ['Total', durationCell(view.totalMinutes), view.totalMinutes ? '100%' : '0%', ...amount(view.totalAmounts, view.totalMinutes)],
    ],
  }
}
