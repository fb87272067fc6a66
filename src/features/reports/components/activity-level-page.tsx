import { getRouteApi } from '@tanstack/react-router'
import { Bar, BarChart, CartesianGrid, Cell, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { localDay } from '@/utils/search-params'
import { reportChunks, reportQueries } from '@/api/reports/queries'
import { axisTick, gridStroke, tooltipStyle } from '@/components/charts/chart-palette'
import { durationCell, type TableData } from '../csv'
import { activityBand, activityRows, type ActivityRow } from '../report-aggregation'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { ReportFrame } from './report-frame'
import { ReportTable } from './report-table'
import { ReportToolbar } from './report-toolbar'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

const bandColor = { low: '#ef4444', medium: '#f59e0b', high: '#10b981' } as const
const bandLabel = { low: 'Low', medium: 'Medium', high: 'High' } as const

export function ActivityLevelPage() {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const lookups = useReportLookups(workspaceId)
  const range = resolveRange(search, localDay())
  // The activity report has no project filter.
  const filters = reportFilters({ ...search, project: undefined }, lookups.teamMembers)
  const result = useReportChunks(reportChunks(range).map((chunk) => reportQueries.activity(workspaceId, chunk, filters)))
  const rows = result.data && activityRows(result.data).sort((a, b) => (b.level ?? -1) - (a.level ?? -1) || a.name.localeCompare(b.name))
  const tracked = rows?.filter((r) => r.level !== null)

  return (
    <ReportFrame
      title="Activity level"
      description="Keyboard and mouse activity per member, weighted by time (bands: low under 40 %, medium under 70 %, high)."
      toolbar={<ReportToolbar range={range} projectFilter={false} />}
      result={{ ...result, ready: !!rows }}
      chart={() => tracked && <ActivityChart rows={tracked} />}
      table={() =>
        rows && (
          <ReportTable
            label="Activity per member"
            table={activityTable(rows)}
            numeric={[1, 3, 4]}
            filename={`activity-level-${range.start}-${range.end}.csv`}
          />
        )
      }
    />
  )
}

function ActivityChart({ rows }: { rows: ActivityRow[] }) {
  if (rows.length === 0) return <p className="py-16 text-center text-sm text-muted-foreground">Nobody tracked time in this range.</p>
  return (
    <div
      role="img"
      aria-label="Activity level per member with low, medium and high bands; the table view lists the same numbers"
      style={{ height: Math.max(160, rows.length * 28 + 40) }}
    >
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
          <ReferenceArea
            x1={0}
            x2={40}
            fill={bandColor.low}
            fillOpacity={0.06}
            label={{ value: 'Low', position: 'top', fill: 'var(--muted-foreground)', fontSize: 11 }}
          />
          <ReferenceArea
            x1={40}
            x2={70}
            fill={bandColor.medium}
            fillOpacity={0.06}
            label={{ value: 'Medium', position: 'top', fill: 'var(--muted-foreground)', fontSize: 11 }}
          />
          <ReferenceArea
            x1={70}
            x2={100}
            fill={bandColor.high}
            fillOpacity={0.06}
            label={{ value: 'High', position: 'top', fill: 'var(--muted-foreground)', fontSize: 11 }}
          />
          <CartesianGrid horizontal={false} stroke={gridStroke} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 70, 80, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={axisTick}
            stroke={gridStroke}
          />
          <YAxis type="category" dataKey="name" width={140} tick={axisTick} stroke={gridStroke} interval={0} />
          <Tooltip {...tooltipStyle} formatter={(v) => [`${String(v)}%`, 'Activity']} />
          <Bar dataKey="level" isAnimationActive={false} barSize={14} radius={[0, 3, 3, 0]}>
            {rows.map((row) => (
              <Cell key={row.userId} fill={bandColor[activityBand(row.level) ?? 'low']} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

function activityTable(rows: ActivityRow[]): TableData {
  return {
    columns: ['Member', 'Activity', 'Band', 'Tracked', 'Days tracked'],
    rows: rows.map((r) => {
      const band = activityBand(r.level)
      return [
        r.name,
        r.level === null ? '—' : `${r.level}%`,
        band ? bandLabel[band] : r.minutes === 0 ? 'No time' : '—',
        durationCell(r.minutes),
        r.daysTracked === null ? '—' : String(r.daysTracked),
      ]
    }),
  }
}
