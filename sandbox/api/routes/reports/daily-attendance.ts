import type { Context } from 'hono'
import { dailyAttendanceQuerySchema, type AttendanceFilter } from '../../../../src/contract/report-queries'
import type { AttendanceStatus, AttendanceUserWire, DailyAttendanceReportWire } from '../../../../src/contract/reports'
import type { ApiEnv, SandboxContext } from '../../../context'
import { openEntryOf } from '../../../live/trackers'
import type { LeaveRequestRecord } from '../../../store/types'
import { paginate, success } from '../../envelope'
import { parseInput } from '../../validate'
import { workspaceScope } from '../../workspace-scope'
import { isoWithOffset, localClock, lookups, reportMembers, reportQuery, spanMinutes, spansInRange, userHead, type ReportMember } from './report-data'

// Assumed schedule (the docs name the statuses, not the rules): Monday to Friday, 09:00 to 17:00
// on the member's own clock; the day's expected time is a fifth of the member's weekly hours
// limit (8 hours when unlimited, and never more). Weekends have no schedule, so no statuses
// unless time was tracked. The sandbox has no holidays, so "Holiday" never appears.
//
// Assumed, for a day still under way on the member's clock: it is judged only as far as it has
// got. A running tracker is time up to now (present, departure now); "Absent" only once the
// schedule has begun; "Left early" and "Tracked less" only once the schedule has ended and the
// member is not tracking (or the day is over). A day still to come has no statuses.
const DAY_START = 9 * 60
const DAY_END = 17 * 60
const FULL_DAY = 8 * 60

const statusOfFilter: Record<AttendanceFilter, AttendanceStatus> = {
  late: 'Late',
  left_early: 'Left early',
  tracked_less: 'Tracked less',
  absent: 'Absent',
  on_leave: 'On leave',
}

/**
 * `GET /reports/daily-attendance`: arrival, departure, breaks and statuses of one date (each
 * member's local day). `status` keeps members with any of the given statuses, before paging.
 */
export function dailyAttendanceReport(ctx: SandboxContext, c: Context<ApiEnv>) {
  const { store } = ctx
  const scope = workspaceScope(ctx, c)
  const query = parseInput(dailyAttendanceQuerySchema, reportQuery(c))
  const look = lookups(store, scope.workspace.id)
  const date = query.date
  const leaves = store.data.leaveRequests.filter(
    (l) => l.workspaceId === scope.workspace.id && l.status === 'approved' && l.startDate <= date && l.endDate >= date,
  )
  const now = ctx.clock.now().getTime()

  function attendance({ user, membership }: ReportMember): AttendanceUserWire & { statuses: AttendanceStatus[] } {
    const open = openEntryOf(store, user.id, scope.workspace.id, now)
    const tracking = open?.date === date
    const spans = [...spansInRange(store, user.id, scope.workspace.id, date, date), ...(tracking ? [open] : [])]
    const dayMinutes = minutesInto(date, now, user.timezone)
    const leave = leaves.find((l) => l.userId === user.id)
    const workday = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0
    const daily = membership.weeklyHoursLimit > 0 ? Math.min(FULL_DAY, Math.round((membership.weeklyHoursLimit * 60) / 5)) : FULL_DAY
    const expected = workday ? Math.max(0, daily - leaveMinutes(leave, daily)) : 0
    const tracked = spans.reduce((sum, s) => sum + spanMinutes(s), 0)
    const statuses: AttendanceStatus[] = []
    const breaks: string[] = []
    let breakMinutes = 0
    let late = 0
    let leftEarly = 0
    const first = spans[0]
    const last = spans[spans.length - 1]
    if (first && last) {
      statuses.push('Present')
      for (let i = 1; i < spans.length; i++) {
        const gap = Math.round((Date.parse(spans[i]!.start) - Date.parse(spans[i - 1]!.end)) / 60_000)
        if (gap <= 0) continue
        breaks.push(`${localClock(spans[i - 1]!.end, user.timezone)} - ${localClock(spans[i]!.start, user.timezone)}`)
        breakMinutes += gap
      }
      if (workday) {
        late = Math.max(0, clockMinutes(localClock(first.start, user.timezone)) - DAY_START)
        // A departure after midnight (the next local day) is never early.
        const departure = isoWithOffset(last.end, user.timezone)
        const departureMinutes = departure.slice(0, 10) > date ? 24 * 60 : clockMinutes(departure.slice(11, 16))
        if (!tracking && dayMinutes >= DAY_END) leftEarly = Math.max(0, DAY_END - departureMinutes)
        if (late > 0) statuses.push('Late')
        if (leftEarly > 0) statuses.push('Left early')
      }
    } else if (workday && !(leave && leave.startTime === null) && dayMinutes >= DAY_START) statuses.push('Absent')
    if (leave) statuses.push('On leave')
    const judged = dayMinutes === Infinity || (!tracking && dayMinutes >= DAY_END)
    if (first && judged && tracked < expected) statuses.push('Tracked less')
    return {
      ...userHead(user),
      timezone: user.timezone,
      statuses,
      arrival: first ? isoWithOffset(first.start, user.timezone) : null,
      departure: last ? isoWithOffset(last.end, user.timezone) : null,
      tracked_minutes: tracked,
      expected_minutes: expected,
      late_minutes: late,
      left_early_minutes: leftEarly,
      break_minutes: breakMinutes,
      breaks,
    }
  }

  const wanted = query.status && new Set(query.status.map((s) => statusOfFilter[s]))
  const rows = reportMembers(store, scope, look, date, date, query.users)
    .map(attendance)
    .filter((row) => !wanted || row.statuses.some((s) => wanted.has(s)))
  const page = paginate(rows, query)
  const report: DailyAttendanceReportWire = { report_type: 'daily_attendance', date, users: page.data }
  return success(c, report, { message: 'Daily attendance retrieved successfully', pagination: page.pagination })
}

const clockMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

/** Minutes of `date` gone by at `now` on the member's clock: Infinity once it is over, -Infinity before it. */
function minutesInto(date: string, now: number, timeZone: string | null): number {
  const local = isoWithOffset(now, timeZone)
  const today = local.slice(0, 10)
  return today > date ? Infinity : today < date ? -Infinity : clockMinutes(local.slice(11, 16))
}

/** The part of the day a leave takes: all of it, or its `HH:mm` span for part-day leave. */
function leaveMinutes(leave: LeaveRequestRecord | undefined, daily: number): number {
  if (!leave) return 0
  if (leave.startTime === null || leave.endTime === null) return daily
  return Math.max(0, clockMinutes(leave.endTime) - clockMinutes(leave.startTime))
}
