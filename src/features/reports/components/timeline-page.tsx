import { getRouteApi } from '@tanstack/react-router'
import type { TimelineEntry, TimelineUser } from '@/contract/reports'
import { addDays } from '@/contract/calendar'
import { formatClock, formatDay, formatMinutes } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { reportQueries } from '@/api/reports/queries'
import { amountCell, durationCell, type TableData } from '../csv'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { axisClock, clockWithMemberZone, dayAxis, hoursIntoDay, viewerZone } from '../report-time'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { ReportFrame } from './report-frame'
import { ReportTable } from './report-table'
import { ReportToolbar } from './report-toolbar'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

export function TimelinePage() {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const lookups = useReportLookups(workspaceId)
  const day = resolveRange(search, localDay(), true)
  const filters = reportFilters({ ...search, project: undefined }, lookups.teamMembers)
  const result = useReportChunks([reportQueries.timeline(workspaceId, day, filters)])
  const users = result.data?.[0]?.users.filter((u) => !search.project || u.entries.some((e) => e.project_id === search.project))
  const shown = users?.map((u) => (search.project ? { ...u, entries: u.entries.filter((e) => e.project_id === search.project) } : u))

  return (
    <ReportFrame
      title="Timeline"
      description={`Who tracked when on one day, in your time (${viewerZone()}); darker bars mean more activity.`}
      toolbar={<ReportToolbar range={day} singleDay />}
      result={{ ...result, ready: !!shown }}
      chart={() => shown && <TimelineChart users={shown} day={day.start} />}
      table={() => shown && <ReportTable label="Tracked spans" table={timelineTable(shown)} numeric={[4, 7, 9]} filename={`timeline-${day.start}.csv`} />}
    />
  )
}

/**
 * A row per member over the viewer's day; each span's opacity follows its activity level. The
 * axis widens past the viewer's midnights when a member's day reaches into them (shaded).
 */
function TimelineChart({ users, day }: { users: TimelineUser[]; day: string }) {
  if (users.length === 0) return <p className="py-16 text-center text-sm text-muted-foreground">No member matches these filters.</p>
  const axis = dayAxis(
    users.flatMap((u) => u.entries.flatMap((e) => [e.start, e.end])),
    day,
  )
  const at = (hours: number) => `${((hours - axis.from) / (axis.to - axis.from)) * 100}%`
  const outside = [
    ...(axis.from < 0 ? [{ left: at(axis.from), width: at(0) }] : []),
    ...(axis.to > 24 ? [{ left: at(24), width: `calc(100% - ${at(24)})` }] : []),
  ]
  return (
    <div role="img" aria-label="Tracked spans per member over the day; the table view lists every span" className="grid gap-1 text-xs">
      <div className="grid grid-cols-[9rem_1fr_4rem] items-end gap-2 text-muted-foreground">
        <span />
        <div className="relative h-4">
          {axis.ticks.map((h) => (
            <span key={h} className="absolute -translate-x-1/2 tabular-nums first:translate-x-0 last:-translate-x-full" style={{ left: at(h) }}>
              {h === 24 ? '24' : axisClock(h).slice(0, 2)}
            </span>
          ))}
        </div>
        <span className="text-right">Total</span>
      </div>
      {users.map((user) => (
        <div key={user.user_id} className="grid grid-cols-[9rem_1fr_4rem] items-center gap-2">
          <span className="truncate" title={user.timezone}>
            {user.name}
          </span>
          <div className="relative h-5 rounded-sm bg-muted">
            {outside.map((area) => (
              <span key={area.left} className="absolute inset-y-0 bg-foreground/10" style={area} />
            ))}
            {axis.ticks.slice(1, -1).map((h) => (
              <span key={h} className="absolute inset-y-0 w-px bg-border" style={{ left: at(h) }} />
            ))}
            {user.entries.map((entry, i) => {
              const from = hoursIntoDay(entry.start, day)
              const to = Math.max(from, hoursIntoDay(entry.end, day))
              const start = clockWithMemberZone(entry.start, user.timezone)
              const end = clockWithMemberZone(entry.end, user.timezone)
              const theirs = start.title
                ? ` · theirs ${formatClock(entry.start, user.timezone!)}–${formatClock(entry.end, user.timezone!)} (${user.timezone})`
                : ''
              return (
                <span
                  key={entry.id ?? i}
                  title={`${start.text}–${end.text}${theirs} · ${projectOf(entry)}${entry.task_name ? ` / ${entry.task_name}` : ''} · activity ${activityText(entry)}`}
                  data-testid="timeline-span"
                  className="absolute inset-y-0.5 min-w-0.5 rounded-sm bg-blue-500"
                  style={{ left: at(from), width: `${((to - from) / (axis.to - axis.from)) * 100}%`, opacity: opacityOf(entry) }}
                />
              )
            })}
          </div>
          <span className="text-right tabular-nums">{formatMinutes(user.total_minutes)}</span>
        </div>
      ))}
      {outside.length > 0 && (
        <p className="text-muted-foreground">
          Shaded:{' '}
          {[axis.from < 0 && `before 00:00 is ${formatDay(addDays(day, -1))}`, axis.to > 24 && `after 24:00 is ${formatDay(addDays(day, 1))}`]
            .filter(Boolean)
            .join(', ')}
          , in your time; each member’s own day is {formatDay(day)}.
        </p>
      )}
    </div>
  )
}

/** Every span; amounts (with their currency) only when the API sent them, which it does for callers who may see rates. */
function timelineTable(users: TimelineUser[]): TableData {
  const amounts = users.some((u) => u.entries.some((e) => e.total_amount !== undefined))
  return {
    columns: ['Member', 'Start', 'End', "Member's time", 'Duration', 'Project', 'Task', 'Activity', 'Tracked with', ...(amounts ? ['Amount'] : [])],
    rows: users.flatMap((user) =>
      user.entries.map((e) => {
        const start = clockWithMemberZone(e.start, user.timezone)
        const theirs = start.title ? `${formatClock(e.start, user.timezone!)}–${formatClock(e.end, user.timezone!)} ${user.timezone}` : ''
        return [
          user.name,
          start.text,
          formatClock(e.end),
          theirs,
          durationCell(e.duration_minutes),
          projectOf(e),
          e.task_name ?? '',
          activityText(e),
          e.tracking_method === undefined ? '—' : (trackingMethodLabels[e.tracking_method] ?? e.tracking_method),
          ...(amounts ? [amountCell(e.total_amount, { minutes: e.duration_minutes })] : []),
        ]
      }),
    ),
  }
}

/** Our labels for the methods we know; any other is shown as the vendor wrote it. */
const trackingMethodLabels: Partial<Record<string, string>> = { desktop: 'Desktop app', web: 'Web', api: 'API', manual: 'Manual' }

const projectOf = (e: TimelineEntry) => e.project_name ?? (e.project_id === undefined ? 'No project' : `Project ${e.project_id}`)
/** The level may be a decimal; unknown (not sent) is a dash, never 0 %. */
const activityText = (e: TimelineEntry) => (e.activity_level === undefined ? '—' : `${Math.round(e.activity_level)}%`)
/** Darker for more activity; an unknown level draws mid-tone. */
const opacityOf = (e: TimelineEntry) => (e.activity_level === undefined ? 0.65 : 0.3 + (0.7 * Math.min(100, Math.max(0, e.activity_level))) / 100)
