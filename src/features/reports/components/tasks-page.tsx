import { getRouteApi } from '@tanstack/react-router'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatMinutes } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { reportChunks, reportQueries } from '../api/queries'
import { axisTick, gridStroke, seriesColor, tooltipStyle } from '../chart-palette'
import type { TableData } from '../csv'
import { projectTotals, taskRows, type TaskRow } from '../report-aggregation'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { ReportFrame } from './report-frame'
import { ReportTable } from './report-table'
import { ReportToolbar } from './report-toolbar'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')
/** The chart shows the biggest tasks; the table lists them all. */
const CHART_TASKS = 15

export function TasksPage() {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const lookups = useReportLookups(workspaceId)
  const range = resolveRange(search, localDay())
  const filters = reportFilters(search, lookups.teamMembers)
  const result = useReportChunks(reportChunks(range).map((chunk) => reportQueries.tasks(workspaceId, chunk, filters)))
  const rows = result.data && taskRows(result.data)
  const name = `tasks-${range.start}-${range.end}`

  return (
    <ReportFrame
      title="Tasks"
      description="Where the time went, per task and project."
      toolbar={<ReportToolbar range={range} />}
      result={{ ...result, ready: !!rows }}
      chart={() => rows && <TasksChart rows={rows} />}
      table={() => rows && <ReportTable label="Time per task" table={tasksTable(rows)} numeric={[2]} filename={`${name}.csv`} />}
      extra={() => rows && <ReportTable label="Time per project" table={projectsTable(rows)} numeric={[1]} filename={`${name}-projects.csv`} />}
    />
  )
}

function TasksChart({ rows }: { rows: TaskRow[] }) {
  if (rows.length === 0) return <p className="py-16 text-center text-sm text-muted-foreground">Nothing tracked in this range.</p>
  const projects = projectTotals(rows).map((p) => p.project)
  // Long names are shortened on the axis (one line per bar); the table view has them whole.
  const data = rows.slice(0, CHART_TASKS).map((r) => ({ ...r, label: shorten(`${r.task} · ${r.project}`) }))
  return (
    <div role="img" aria-label={`The ${data.length} tasks with the most time; the table view lists every task`} style={{ height: data.length * 32 + 40 }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid horizontal={false} stroke={gridStroke} />
          <XAxis type="number" tickFormatter={(m: number) => `${Math.round(m / 60)}h`} tick={axisTick} stroke={gridStroke} />
          <YAxis type="category" dataKey="label" width={240} tick={axisTick} stroke={gridStroke} interval={0} />
          <Tooltip {...tooltipStyle} formatter={(m) => [formatMinutes(Number(m)), 'Tracked']} />
          <Bar dataKey="minutes" isAnimationActive={false} barSize={14} radius={[0, 3, 3, 0]}>
            {data.map((row) => (
              <Cell key={row.label} fill={seriesColor(projects.indexOf(row.project))} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

const shorten = (text: string) => (text.length > 36 ? `${text.slice(0, 35)}…` : text)

const tasksTable = (rows: TaskRow[]): TableData => ({
  columns: ['Project', 'Task', 'Tracked'],
  rows: rows.map((r) => [r.project, r.task, formatMinutes(r.minutes)]),
})

const projectsTable = (rows: TaskRow[]): TableData => ({
  columns: ['Project', 'Tracked'],
  rows: projectTotals(rows).map((p) => [p.project, formatMinutes(p.minutes)]),
})
