import { z } from 'zod'
import { metaSchema, successEnvelopeSchema, type Meta } from './envelope'
import { paginationSchema, type Pagination } from './pagination'
import { moneySchema, openEnum, optional, personRefSchema, wireDate, wireId, wireInt, wireNumber, wireStringId, wireTimestamp, type Money } from './wire'

export * from './report-queries'

// Report responses. The vendor's docs captured only a few fields of each (endpoints.md,
// "Reports"): tracked-hours' `report_type`, `start_date`, `end_date`, `total` and its per-day user
// rows; for the others, single field names. Every schema here reads those where the docs put them,
// the rest as the sandbox README's "Report shapes" designs it, and everything not documented is
// optional (unknown: the UI shows "—"). Extra keys are ignored. Durations are integer minutes; an
// activity level is a percent and may be a decimal, a numeric string or null.

/** Minutes: strict (a string that is no number fails, naming the field). */
const minutes = wireInt.pipe(z.number().nonnegative())
/** Percent of active time, 0..100; unknown (not 0) when absent or null. */
const activityLevel = optional(wireNumber)

/** A report's answer: its `data`, and the pagination over users wherever it sat (null when none). */
export interface PagedReport<T> {
  data: T
  pagination: Pagination | null
}

/**
 * A report paged over users. Assumed: like the lists, its pagination sits in `meta.pagination`,
 * at the top level, or nowhere (the answers were not captured).
 */
export function pagedReportEnvelopeSchema<T extends z.ZodType>(data: T) {
  return z
    .object({
      success: z.literal(true),
      data,
      message: z.string().nullish(),
      pagination: paginationSchema.nullish(),
      meta: metaSchema.optional(),
    })
    .transform((answer): PagedReport<z.output<T>> => {
      // TypeScript cannot resolve the object's output over a generic `data`; this is its shape.
      const { data: report, pagination, meta } = answer as { data: z.output<T>; pagination?: Pagination | null; meta?: Meta }
      return { data: report, pagination: meta?.pagination ?? pagination ?? null }
    })
}

/**
 * Who a row of a report is about: `user_id` plus whatever names it carries, read as one `name`.
 * Assumed (no report's user fields were captured): `firstname`/`lastname`, `first_name`, `name`,
 * or `user_name` as the time-tracking answer writes it; none gives "Member #id".
 */
function reportUserSchema<S extends z.ZodRawShape>(shape: S) {
  const person = z.preprocess(
    (raw) => (isRecord(raw) && typeof raw.user_name === 'string' && raw.name === undefined ? { ...raw, name: raw.user_name } : raw),
    personRefSchema,
  )
  return z.object({ user_id: wireId, ...shape }).and(person)
}

/**
 * A report's `data`: an object holding `users`. Assumed: the users array itself is read too (the
 * docs did not capture the array's name or place).
 */
function usersReportSchema<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess((raw) => (Array.isArray(raw) ? { users: raw } : raw), z.object({ report_type: optional(z.string()), ...shape }))
}

/** An amount and, beside it, the currency it is in (`total_amount: 12.5, currency: "USD"`). */
const amountFields = { total_amount: optional(moneySchema), currency: optional(z.string()) }
function inCurrency({ total_amount, currency }: { total_amount?: Money[]; currency?: string }): Money[] | undefined {
  return total_amount?.map((money) => ({ value: money.value, currency: money.currency ?? currency ?? null }))
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw)
const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/

// --- tracked hours -------------------------------------------------------------------------------

/** One user, project and contract on one day. Assumed: an absent project or contract id means none. */
export const trackedHoursEntrySchema = z.object({
  user_id: wireId,
  project_id: optional(wireId).transform((id) => id ?? null),
  contract_id: optional(wireId).transform((id) => id ?? null),
  total_minutes: minutes,
  /** Per currency; only for callers who may see rates (absent: unknown, not 0). */
  total_amount: optional(moneySchema),
})
export type TrackedHoursEntry = z.output<typeof trackedHoursEntrySchema>

/** A day: `{users: [...]}` as the catalogue reads it. Assumed: the rows alone too ("exact nesting not captured"). */
export const trackedHoursDaySchema = z.preprocess((raw) => (Array.isArray(raw) ? { users: raw } : raw), z.object({ users: z.array(trackedHoursEntrySchema) }))
export type TrackedHoursDay = z.output<typeof trackedHoursDaySchema>
export type TrackedHoursDayWire = z.input<typeof trackedHoursDaySchema>

/**
 * `total` was cut off in the capture: the sandbox sends `{total_minutes, total_amount?}`, the
 * corpus guesses a number. Assumed: a number is minutes (the unit of every report); anything else
 * leaves the total unknown. The pages sum the days instead of trusting it.
 */
const trackedHoursTotalSchema = z.unknown().transform((raw): { total_minutes?: number; total_amount?: Money[] } => {
  if (typeof raw === 'number' || typeof raw === 'string') {
    const parsed = minutes.safeParse(raw)
    return parsed.success ? { total_minutes: parsed.data } : {}
  }
  const parsed = z.object({ total_minutes: optional(minutes), total_amount: optional(moneySchema) }).safeParse(raw)
  return parsed.success ? parsed.data : {}
})

/**
 * `data` holds `report_type`, `start_date`, `end_date`, `total` (documented) and one
 * `YYYY-MM-DD` key per day beside them. Any other key is ignored. A day that does not read fails
 * with its date in the path.
 */
export const trackedHoursReportSchema = z
  .looseObject({
    report_type: z.string(),
    start_date: wireDate,
    end_date: wireDate,
    total: trackedHoursTotalSchema,
  })
  .transform((report, ctx) => {
    const days: { date: string; users: TrackedHoursEntry[] }[] = []
    for (const [date, value] of Object.entries(report)) {
      if (!DATE_KEY.test(date)) continue
      const day = trackedHoursDaySchema.safeParse(value)
      if (day.success) days.push({ date, ...day.data })
      else for (const issue of day.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [date, ...issue.path] })
    }
    return {
      report_type: report.report_type,
      start_date: report.start_date,
      end_date: report.end_date,
      total: report.total,
      days: days.sort((a, b) => a.date.localeCompare(b.date)),
    }
  })
export type TrackedHoursReport = z.output<typeof trackedHoursReportSchema>
export type TrackedHoursReportWire = z.input<typeof trackedHoursReportSchema>
export const trackedHoursEnvelopeSchema = successEnvelopeSchema(trackedHoursReportSchema)

/** The report's days, in date order. */
export function trackedHoursDays(report: TrackedHoursReport): [string, TrackedHoursDay][] {
  return report.days.map(({ date, users }) => [date, { users }])
}

// --- daily timeline ------------------------------------------------------------------------------

export const trackingMethods = ['desktop', 'web', 'api', 'manual'] as const
/**
 * How a span was tracked. The docs' time entries write "Desktop tracker", "Web tracker",
 * "Manually added time": read as our labels. Any other ("Mobile tracker", "Extension tracker")
 * is kept as sent and shown raw.
 */
export const trackingMethodSchema = z.preprocess(
  (raw) => (typeof raw === 'string' ? (trackingMethodAliases.get(raw.trim().toLowerCase()) ?? raw) : raw),
  openEnum(trackingMethods),
)
/** A Map, not an object: a method sent as "constructor" or "__proto__" must not find an Object property. */
const trackingMethodAliases = new Map<string, (typeof trackingMethods)[number]>([
  ['desktop tracker', 'desktop'],
  ['web tracker', 'web'],
  ['manually added time', 'manual'],
])
export type TrackingMethod = z.output<typeof trackingMethodSchema>

/**
 * One tracked span. The docs name start/end times, project, task, activity description, tracking
 * method, activity level and rate-only amounts. Assumed: the names the time entries use
 * (`start_time`, `task_title`, `activity_description`) are read too; a span has a start and an end
 * (the running tracker is not in the timeline).
 */
export const timelineEntrySchema = z
  .object({
    id: optional(wireStringId),
    start: optional(wireTimestamp),
    start_time: optional(wireTimestamp),
    end: optional(wireTimestamp),
    end_time: optional(wireTimestamp),
    duration_minutes: optional(minutes),
    project_id: optional(wireId),
    project_name: optional(z.string()),
    task_id: optional(wireId),
    task_name: optional(z.string()),
    task_title: optional(z.string()),
    contract_id: optional(wireId),
    description: optional(z.string()),
    activity_description: optional(z.string()),
    tracking_method: optional(trackingMethodSchema),
    activity_level: activityLevel,
    ...amountFields,
  })
  .transform(({ start_time, end_time, task_title, activity_description, currency, ...entry }, ctx) => {
    const start = entry.start ?? start_time
    const end = entry.end ?? end_time
    if (start === undefined) ctx.addIssue({ code: 'custom', message: 'must have a start time', path: ['start'] })
    if (end === undefined) ctx.addIssue({ code: 'custom', message: 'must have an end time', path: ['end'] })
    if (start === undefined || end === undefined) return z.NEVER
    return {
      ...entry,
      start,
      end,
      duration_minutes: entry.duration_minutes ?? Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000)),
      task_name: entry.task_name ?? task_title,
      description: entry.description ?? activity_description,
      total_amount: inCurrency({ total_amount: entry.total_amount, currency }),
    }
  })
export type TimelineEntry = z.output<typeof timelineEntrySchema>
export type TimelineEntryWire = z.input<typeof timelineEntrySchema>

/** A member's day. Assumed: no `entries` means none listed; a missing total is the entries' sum. */
export const timelineUserSchema = reportUserSchema({
  /** The member's own IANA zone (the entries use the owner's offset). */
  timezone: optional(z.string()),
  total_minutes: optional(minutes),
  activity_level: activityLevel,
  ...amountFields,
  entries: optional(z.array(timelineEntrySchema)),
}).transform(({ currency, ...user }) => {
  const entries = user.entries ?? []
  return {
    ...user,
    entries,
    total_minutes: user.total_minutes ?? entries.reduce((sum, e) => sum + e.duration_minutes, 0),
    total_amount: inCurrency({ total_amount: user.total_amount, currency }),
  }
})
export type TimelineUser = z.output<typeof timelineUserSchema>
export type TimelineUserWire = z.input<typeof timelineUserSchema>

export const dailyTimelineReportSchema = usersReportSchema({
  date: optional(wireDate),
  /** The workspace owner's IANA zone, whose offsets the entries carry. */
  timezone: optional(z.string()),
  users: z.array(timelineUserSchema),
})
export type DailyTimelineReport = z.output<typeof dailyTimelineReportSchema>
export type DailyTimelineReportWire = z.input<typeof dailyTimelineReportSchema>
export const dailyTimelineEnvelopeSchema = pagedReportEnvelopeSchema(dailyTimelineReportSchema)

// --- task report ---------------------------------------------------------------------------------

const taskFields = {
  task_id: optional(wireId),
  task_name: optional(z.string()),
  task_title: optional(z.string()),
  project_id: optional(wireId),
  project_name: optional(z.string()),
  total_minutes: minutes,
}
/** A task's total; no task id = time without a task. */
export const taskTotalSchema = z.object(taskFields).transform(({ task_title, ...task }) => ({ ...task, task_name: task.task_name ?? task_title }))
export const taskDayEntrySchema = z.object({ task_id: optional(wireId), project_id: optional(wireId), total_minutes: minutes })
export const taskReportUserSchema = reportUserSchema({
  total_minutes: optional(minutes),
  /** One row per task, most minutes first. */
  tasks_breakdown: optional(z.array(taskTotalSchema)).transform((rows) => rows ?? []),
  /** Only days with time. */
  daily_breakdown: optional(z.record(z.string(), z.array(taskDayEntrySchema))),
})
export type TaskReportUser = z.output<typeof taskReportUserSchema>
export type TaskReportUserWire = z.input<typeof taskReportUserSchema>
export const taskReportSchema = usersReportSchema({
  start_date: optional(wireDate),
  end_date: optional(wireDate),
  users: z.array(taskReportUserSchema),
})
export type TaskReport = z.output<typeof taskReportSchema>
export type TaskReportWire = z.input<typeof taskReportSchema>
export const taskReportEnvelopeSchema = pagedReportEnvelopeSchema(taskReportSchema)

// --- activity level ------------------------------------------------------------------------------

export const activityDaySchema = z.object({ total_minutes: optional(minutes), activity_level: activityLevel })
const activityOverallFields = { total_minutes: optional(minutes), activity_level: activityLevel }
/**
 * A member's days (only days with time) and overall figures. Assumed: without `overall`, the
 * figures come from the days (minutes summed, the level weighted by minutes).
 */
export const activityUserSchema = reportUserSchema({
  days: optional(z.record(z.string(), activityDaySchema)).transform((days) => days ?? {}),
  overall: optional(z.object({ ...activityOverallFields, days_tracked: optional(wireInt) })),
}).transform((user) => ({ ...user, overall: (user.overall ?? overallOfDays(Object.values(user.days))) as ActivityOverall }))
export type ActivityUser = z.output<typeof activityUserSchema>
export type ActivityUserWire = z.input<typeof activityUserSchema>

/** A member's figures over the range; each unknown when not sent and not derivable. */
export interface ActivityOverall {
  total_minutes?: number
  activity_level?: number
  days_tracked?: number
}

function overallOfDays(days: z.output<typeof activityDaySchema>[]): ActivityOverall {
  const timed = days.filter((d): d is typeof d & { total_minutes: number } => d.total_minutes !== undefined)
  if (timed.length === 0) return {}
  const total = timed.reduce((sum, d) => sum + d.total_minutes, 0)
  const weighed = timed.filter((d) => d.activity_level !== undefined)
  const weight = weighed.reduce((sum, d) => sum + d.total_minutes, 0)
  return {
    total_minutes: total,
    days_tracked: timed.filter((d) => d.total_minutes > 0).length,
    ...(weight > 0 && { activity_level: weighed.reduce((sum, d) => sum + d.activity_level! * d.total_minutes, 0) / weight }),
  }
}

export const activityLevelReportSchema = usersReportSchema({
  start_date: optional(wireDate),
  end_date: optional(wireDate),
  users: z.array(activityUserSchema),
  /** Over every user the filters select (all pages), not only this page. */
  overall: optional(z.object({ ...activityOverallFields, users_tracked: optional(wireInt), users_total: optional(wireInt) })),
})
export type ActivityLevelReport = z.output<typeof activityLevelReportSchema>
export type ActivityLevelReportWire = z.input<typeof activityLevelReportSchema>
export const activityLevelEnvelopeSchema = pagedReportEnvelopeSchema(activityLevelReportSchema)

// --- daily attendance ----------------------------------------------------------------------------

export const attendanceStatuses = ['Present', 'Late', 'Left early', 'Tracked less', 'Absent', 'On leave', 'Holiday'] as const
/** A status the docs list; any other is shown as sent. */
export type AttendanceStatus = (typeof attendanceStatuses)[number]

export const attendanceUserSchema = reportUserSchema({
  timezone: optional(z.string()),
  statuses: optional(z.array(openEnum(attendanceStatuses))).transform((statuses) => statuses ?? []),
  /** First start and last end, ISO-8601 with the member's own offset; none when absent. */
  arrival: optional(wireTimestamp),
  departure: optional(wireTimestamp),
  tracked_minutes: optional(minutes),
  expected_minutes: optional(minutes),
  late_minutes: optional(minutes),
  left_early_minutes: optional(minutes),
  break_minutes: optional(minutes),
  /** Gaps between spans in the member's local clock, `14:30 - 15:25` (documented format), kept as text. */
  breaks: optional(z.array(z.string())).transform((breaks) => breaks ?? []),
})
export type AttendanceUser = z.output<typeof attendanceUserSchema>
export type AttendanceUserWire = z.input<typeof attendanceUserSchema>
export const dailyAttendanceReportSchema = usersReportSchema({ date: optional(wireDate), users: z.array(attendanceUserSchema) })
export type DailyAttendanceReport = z.output<typeof dailyAttendanceReportSchema>
export type DailyAttendanceReportWire = z.input<typeof dailyAttendanceReportSchema>
export const dailyAttendanceEnvelopeSchema = pagedReportEnvelopeSchema(dailyAttendanceReportSchema)

// --- activity descriptions (path and shape assumed: the docs name the report only) ---------------

export const descriptionRowSchema = z.object({
  /** None groups the time tracked without a description. */
  description: optional(z.string()),
  total_minutes: minutes,
  entries: optional(wireInt),
  dates: optional(z.array(wireDate)).transform((dates) => dates ?? []),
})
export const descriptionUserSchema = reportUserSchema({
  total_minutes: optional(minutes),
  descriptions: optional(z.array(descriptionRowSchema)).transform((rows) => rows ?? []),
})
export type DescriptionUser = z.output<typeof descriptionUserSchema>
export type DescriptionUserWire = z.input<typeof descriptionUserSchema>
export const activityDescriptionsReportSchema = usersReportSchema({
  start_date: optional(wireDate),
  end_date: optional(wireDate),
  users: z.array(descriptionUserSchema),
})
export type ActivityDescriptionsReport = z.output<typeof activityDescriptionsReportSchema>
export type ActivityDescriptionsReportWire = z.input<typeof activityDescriptionsReportSchema>
export const activityDescriptionsEnvelopeSchema = pagedReportEnvelopeSchema(activityDescriptionsReportSchema)
