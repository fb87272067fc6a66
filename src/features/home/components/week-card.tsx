import { lazy, Suspense } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { ArrowRight, ChartColumn } from 'lucide-react'
import { ChartTableToggle } from '@/components/charts/chart-table-toggle'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatDay, formatMinutes } from '@/utils/format'
import { homeQueries, type HomeDays } from '../home-reads'
import { compareWeeks, differenceText, type WeekComparison } from '../week-comparison'
import { cardLinkClass, cardStatus, Figure, HomeCard } from './home-card'

// Recharts is a large library: it loads with the chart, after the figures are on screen.
const WeekChart = lazy(() => import('./week-chart').then((m) => ({ default: m.WeekChart })))

const route = getRouteApi('/_authed/w/$workspaceId/')

/** Tracked hours per day this week beside last week, the week's total and the difference in words. */
export function WeekCard({ workspaceId, days }: { workspaceId: number; days: HomeDays }) {
  const queries = homeQueries(workspaceId, days)
  // This week's read is the Contracts page's and the Live board's; last week's is one more.
  const thisWeek = useQuery(queries.thisWeek)
  const lastWeek = useQuery(queries.lastWeek)
  const { week: view } = route.useSearch()
  const navigate = route.useNavigate()

  return (
    <HomeCard
      id="week"
      title="This week"
      icon={ChartColumn}
      status={cardStatus(thisWeek, lastWeek)}
      link={
        <Link to="/w/$workspaceId/reports/tracked-hours" params={{ workspaceId }} search={{ range: 'this-week', view }} className={cardLinkClass}>
          Tracked hours by project
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      {() => {
        const week = compareWeeks(thisWeek.data!, lastWeek.data!, {
          thisMonday: days.thisWeek.start_date,
          lastMonday: days.lastWeek.start_date,
          today: days.today,
        })
        return (
          <>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <Figure value={formatMinutes(week.thisTotal)} label="tracked since Monday" />
                <p className="text-muted-foreground">{differenceText(week)}</p>
              </div>
              <ChartTableToggle view={view} onChange={(week) => void navigate({ search: (prev) => ({ ...prev, week }), replace: true })} />
            </div>
            {view === 'chart' ? (
              <Suspense fallback={<div aria-hidden className="h-48 animate-pulse rounded bg-muted" />}>
                <WeekChart days={week.days} />
              </Suspense>
            ) : (
              <WeekTable week={week} />
            )}
            <p className="text-xs text-muted-foreground">
              Last week in all: <span className="tabular-nums">{formatMinutes(week.lastTotal)}</span> ({formatDay(days.lastWeek.start_date)} –{' '}
              {formatDay(days.lastWeek.end_date)}).
            </p>
          </>
        )
      }}
    </HomeCard>
  )
}

function WeekTable({ week }: { week: WeekComparison }) {
  return (
    <Table label="Tracked hours per day, this week and last week">
      <THead>
        <tr>
          <Th>Day</Th>
          <Th className="text-right">Last week</Th>
          <Th className="text-right">This week</Th>
        </tr>
      </THead>
      <tbody>
        {week.days.map((day) => (
          <Tr key={day.thisDate}>
            <Td>
              {day.weekday} <span className="text-muted-foreground">{formatDay(day.thisDate)}</span>
            </Td>
            <Td className="text-right tabular-nums">{formatMinutes(day.lastWeek)}</Td>
            <Td className="text-right tabular-nums">{day.thisWeek === null ? '—' : formatMinutes(day.thisWeek)}</Td>
          </Tr>
        ))}
        <Tr className="font-medium">
          <Td>Total</Td>
          <Td className="text-right tabular-nums">{formatMinutes(week.lastTotal)}</Td>
          <Td className="text-right tabular-nums">{formatMinutes(week.thisTotal)}</Td>
        </Tr>
      </tbody>
    </Table>
  )
}
