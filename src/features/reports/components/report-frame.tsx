import type { ReactNode } from 'react'
import { getRouteApi, Link } from '@tanstack/react-router'
import { ChartTableToggle } from '@/components/charts/chart-table-toggle'
import { Card } from '@/components/ui/card'
import type { ChunkedResult } from '../use-report-chunks'
import { RangeProgress } from './range-progress'
import { useReportNavigate } from './report-toolbar'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

/**
 * A report page's frame: title, toolbar, then the chart or its table (a toggle kept in the URL),
 * a progress bar while chunks arrive, and the API's error in words if one fails (or the one plain
 * line when the vendor does not offer the report at all).
 */
export function ReportFrame({
  title,
  description,
  toolbar,
  result,
  chart,
  table,
  extra,
  unavailable,
}: {
  title: string
  description: string
  toolbar: ReactNode
  result: Pick<ChunkedResult<unknown>, 'loaded' | 'total' | 'error'> & { ready: boolean }
  chart: () => ReactNode
  table: () => ReactNode
  extra?: () => ReactNode
  /** Shown instead of the report when the vendor's API does not offer it. */
  unavailable?: ReactNode
}) {
  const { workspaceId } = reportsRoute.useParams()
  const { view } = reportsRoute.useSearch()
  const go = useReportNavigate()

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <nav aria-label="Breadcrumb" className="text-xs text-muted-foreground">
            <Link to="/w/$workspaceId/reports" params={{ workspaceId }} search={(prev) => prev} className="hover:underline">
              Reports
            </Link>
          </nav>
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          <p className="text-sm text-muted-foreground">{description}</p>
        </div>
        <ChartTableToggle view={view} onChange={(next) => go({ view: next })} />
      </div>
      {toolbar}
      {unavailable ? (
        <Card className="p-4 text-sm">{unavailable}</Card>
      ) : result.error ? (
        <div role="alert" className="rounded-lg border border-destructive/50 p-4 text-sm">
          The report could not be loaded: {result.error.message}
        </div>
      ) : !result.ready ? (
        <Card>
          <RangeProgress loaded={result.loaded} total={result.total} />
        </Card>
      ) : view === 'chart' ? (
        <>
          <Card className="p-3">{chart()}</Card>
          {extra?.()}
        </>
      ) : (
        <>
          {table()}
          {extra?.()}
        </>
      )}
    </div>
  )
}
