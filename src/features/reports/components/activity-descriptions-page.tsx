import { getRouteApi } from '@tanstack/react-router'
import { NotOffered } from '@/components/data/not-offered'
import { useCapability } from '@/lib/api/capabilities'
import { formatCount } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { reportChunks, reportQueries } from '@/api/reports/queries'
import { durationCell, type TableData } from '../csv'
import { descriptionRows, type DescriptionRow } from '../report-aggregation'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { MinutesBars } from './minutes-bars'
import { ReportFrame } from './report-frame'
import { ReportTable } from './report-table'
import { ReportToolbar } from './report-toolbar'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')
/** The chart shows the descriptions with the most time; the table lists them all. */
const CHART_ROWS = 15

/**
 * What members wrote they worked on. The vendor's docs name this report without a path: the
 * dashboard asks the sandbox's path, and where the vendor answers 404/405 the page says so in one
 * plain line instead of an error.
 */
export function ActivityDescriptionsPage() {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const offered = useCapability('activity-descriptions')
  const lookups = useReportLookups(workspaceId)
  const range = resolveRange(search, localDay())
  const filters = reportFilters(search, lookups.teamMembers)
  const result = useReportChunks(offered ? reportChunks(range).map((chunk) => reportQueries.descriptions(workspaceId, chunk, filters)) : [])
  const rows = result.data && descriptionRows(result.data)
  const name = `activity-descriptions-${range.start}-${range.end}`

  return (
    <ReportFrame
      title="Activity descriptions"
      description="What members wrote they worked on, with the time tracked under each description."
      toolbar={<ReportToolbar range={range} />}
      result={{ ...result, ready: !!rows }}
      unavailable={offered ? undefined : <NotOffered capability="activity-descriptions" />}
      chart={() => rows && <DescriptionsChart rows={rows} />}
      table={() => rows && <ReportTable label="Time per description" table={descriptionsTable(rows)} numeric={[1, 2, 3, 4]} filename={`${name}.csv`} />}
    />
  )
}

function DescriptionsChart({ rows }: { rows: DescriptionRow[] }) {
  const bars = rows.slice(0, CHART_ROWS).map((r) => ({ label: r.description, minutes: r.minutes }))
  return <MinutesBars bars={bars} label={`The ${formatCount(bars.length, 'description')} with the most time; the table view lists every one`} />
}

const descriptionsTable = (rows: DescriptionRow[]): TableData => ({
  columns: ['Description', 'Tracked', 'Members', 'Entries', 'Days'],
  rows: rows.map((r) => [r.description, durationCell(r.minutes), String(r.members), r.entries === null ? '—' : String(r.entries), String(r.days)]),
})
