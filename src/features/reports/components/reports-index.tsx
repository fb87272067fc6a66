import { getRouteApi, Link } from '@tanstack/react-router'
import { Activity, CalendarClock, ChartColumnStacked, GanttChart, ListChecks, MessageSquareText } from 'lucide-react'
import { NotOffered } from '@/components/data/not-offered'
import { useCapability } from '@/lib/api/capabilities'
import { oneDaySearch } from '../report-range'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

const reports = [
  {
    to: '/w/$workspaceId/reports/tracked-hours',
    title: 'Tracked hours',
    text: 'Hours per day, stacked by project or member, with totals.',
    icon: ChartColumnStacked,
  },
  { to: '/w/$workspaceId/reports/timeline', title: 'Timeline', text: 'One day: who tracked when, shaded by activity.', icon: GanttChart, oneDay: true },
  { to: '/w/$workspaceId/reports/activity-level', title: 'Activity level', text: 'Activity per member, in low, medium and high bands.', icon: Activity },
  { to: '/w/$workspaceId/reports/tasks', title: 'Tasks', text: 'Where the time went, per task and project.', icon: ListChecks },
  { to: '/w/$workspaceId/reports/attendance', title: 'Attendance', text: 'Arrivals, departures and lateness for a day.', icon: CalendarClock, oneDay: true },
  {
    to: '/w/$workspaceId/reports/activity-descriptions',
    title: 'Activity descriptions',
    text: 'What members wrote they worked on, with the time under each.',
    icon: MessageSquareText,
    capability: 'activity-descriptions',
  },
] as const

const cardClass = 'flex h-full gap-3 rounded-lg border bg-card p-4 shadow-xs'

export function ReportsIndexPage() {
  const { workspaceId } = reportsRoute.useParams()
  // The only report the docs do not give a path for: once the vendor answered 404, no link.
  const descriptionsOffered = useCapability('activity-descriptions')
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold tracking-tight">Reports</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {reports.map((report) => {
          const { to, title, text, icon: Icon } = report
          const body = (
            <>
              <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
              <span className="grid gap-1">
                <span className="font-medium">{title}</span>
                <span className="text-sm text-muted-foreground">{text}</span>
                {'capability' in report && <NotOffered capability={report.capability} className="text-sm" />}
              </span>
            </>
          )
          return (
            <li key={to}>
              {'capability' in report && !descriptionsOffered ? (
                <div className={cardClass}>{body}</div>
              ) : (
                <Link
                  to={to}
                  params={{ workspaceId }}
                  search={(prev) => ('oneDay' in report ? oneDaySearch(prev) : prev)}
                  className={`${cardClass} transition-colors hover:bg-accent`}
                >
                  {body}
                </Link>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
