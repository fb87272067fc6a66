import { getRouteApi } from '@tanstack/react-router'
import { formatCount } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { reportChunks, reportQueries } from '@/api/reports/queries'
import { durationCell, type TableData } from '../csv'
import { projectTotals, taskRows, type TaskRow } from '../report-aggregation'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { MinutesBars } from './minutes-bars'
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
  const projects = projectTotals(rows).map((p) => p.project)
  const bars = rows.slice(0, CHART_TASKS).map((r) => ({ label: `${r.task} · ${r.project}`, minutes: r.minutes, series: projects.indexOf(r.project) }))
  return <MinutesBars bars={bars} label={`The ${formatCount(bars.length, 'task')} with the most time; the table view lists every task`} />
}

const tasksTable = (rows: TaskRow[]): TableData => ({
  columns: ['Project', 'Task', 'Tracked'],
  rows: rows.map((r) => [r.project, r.task, durationCell(r.minutes)]),
})

const projectsTable = (rows: TaskRow[]): TableData => ({
  columns: ['Project', 'Tracked'],
  rows: projectTotals(rows).map((p) => [p.project, durationCell(p.minutes)]),
})
