import { getRouteApi } from '@tanstack/react-router'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { AttendanceUser } from '@/contract/reports'
import { formatClock } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { reportQueries } from '@/api/reports/queries'
import { axisTick, gridStroke, tooltipStyle } from '@/components/charts/chart-palette'
import { durationCell, type TableData } from '../csv'
import { resolveRange } from '../report-range'
import { reportFilters } from '../report-search'
import { axisClock, clockWithMemberZone, dayAxis, hoursIntoDay, viewerZone } from '../report-time'
import { useReportChunks } from '../use-report-chunks'
import { useReportLookups } from '../use-report-lookups'
import { ReportFrame } from './report-frame'
import { ReportTable } from './report-table'
import { ReportToolbar } from './report-toolbar'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

export function AttendancePage() {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const lookups = useReportLookups(workspaceId)
  const day = resolveRange(search, localDay(), true)
  const filters = reportFilters({ ...search, project: undefined }, lookups.teamMembers)
  const result = useReportChunks([reportQueries.attendance(workspaceId, day, filters)])
  const users = result.data?.[0]?.users

  return (
    <ReportFrame
      title="Attendance"
      description={`Arrivals, departures and lateness for one day, in your time (${viewerZone()}).`}
      toolbar={<ReportToolbar range={day} singleDay projectFilter={false} />}
      result={{ ...result, ready: !!users }}
      chart={() => users && <AttendanceChart users={users} day={day.start} />}
      table={() => users && <ReportTable label="Attendance" table={attendanceTable(users)} numeric={[5, 6, 7, 8]} filename={`attendance-${day.start}.csv`} />}
    />
  )
}

/**
 * From arrival to departure per member, late arrivals in amber; absent members have no bar. The
 * axis widens past the viewer's midnights when a member's day reaches into them.
 */
function AttendanceChart({ users, day }: { users: AttendanceUser[]; day: string }) {
  const present = users.filter((u) => u.arrival && u.departure)
  const axis = dayAxis(
    present.flatMap((u) => [u.arrival!, u.departure!]),
    day,
  )
  const data = present.map((u) => ({
    name: u.name,
    span: [hoursIntoDay(u.arrival!, day), hoursIntoDay(u.departure!, day)] as [number, number],
    late: (u.late_minutes ?? 0) > 0 || u.statuses.includes('Late'),
  }))
  if (data.length === 0) return <p className="py-16 text-center text-sm text-muted-foreground">Nobody tracked time on this day.</p>
  const absent = users.length - data.length
  return (
    <div className="grid gap-2">
      <div role="img" aria-label="Arrival to departure per member; the table view lists the same times" style={{ height: data.length * 26 + 40 }}>
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid horizontal={false} stroke={gridStroke} />
            <XAxis type="number" domain={[axis.from, axis.to]} ticks={axis.ticks} tickFormatter={axisClock} tick={axisTick} stroke={gridStroke} />
            <YAxis type="category" dataKey="name" width={140} tick={axisTick} stroke={gridStroke} interval={0} />
            <Tooltip {...tooltipStyle} formatter={(v) => [(v as number[]).map(axisClock).join('–'), 'Arrival–departure']} />
            <Bar dataKey="span" isAnimationActive={false} barSize={12} radius={3}>
              {data.map((d) => (
                <Cell key={d.name} fill={d.late ? '#f59e0b' : '#3b82f6'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="text-xs text-muted-foreground">
        <span className="mr-1 inline-block size-2 rounded-full bg-blue-500" /> on time{' '}
        <span className="mr-1 ml-3 inline-block size-2 rounded-full bg-amber-500" /> late
        {absent > 0 && ` · ${absent} without time (see the table)`}
      </p>
    </div>
  )
}

function attendanceTable(users: AttendanceUser[]): TableData {
  return {
    columns: ['Member', 'Status', 'Arrival', 'Departure', "Member's time", 'Late', 'Left early', 'Tracked', 'Expected'],
    rows: users.map((u) => {
      const arrival = u.arrival ? clockWithMemberZone(u.arrival, u.timezone) : null
      const theirs = arrival?.title && u.departure ? `${formatClock(u.arrival!, u.timezone!)}–${formatClock(u.departure, u.timezone!)} ${u.timezone}` : ''
      return [
        u.name,
        u.statuses.join(', ') || '—',
        arrival?.text ?? '—',
        u.departure ? formatClock(u.departure) : '—',
        theirs,
        durationCell(u.late_minutes || null),
        durationCell(u.left_early_minutes || null),
        durationCell(u.tracked_minutes),
        durationCell(u.expected_minutes),
      ]
    }),
  }
}
