import { z } from 'zod'
import { isoDateSchema, timestampSchema } from './common'
import { metaSchema, successEnvelopeSchema } from './envelope'
import { paginationSchema } from './pagination'

export * from './report-queries'

// Report responses. The vendor's docs captured only a few fields of each (endpoints.md,
// "Reports"); every shape below holds those fields where the docs put them and is otherwise
// assumed, as the sandbox README's "Report shapes" describes. All durations are integer minutes.

const minutes = z.number().int().nonnegative()
/** Percent of active time, 0..100, weighted by minutes. Where a user may have no time it is nullable: unknown, not 0. */
const activityLevel = z.number().int().min(0).max(100)

/** A paged report: `data` is an object with a `users` array, `meta.pagination` pages those users. */
export function pagedReportEnvelopeSchema<T extends z.ZodType>(data: T) {
  return successEnvelopeSchema(data).extend({ meta: metaSchema.extend({ pagination: paginationSchema }) })
}

/** Who a row of a paged report is about. */
export const reportUserSchema = z.object({
  user_id: z.number().int(),
  firstname: z.string(),
  lastname: z.string(),
})

// --- tracked hours -------------------------------------------------------------------------------

/** Amounts keyed by currency code (`{"USD": 412.5}`); present only for callers who may see rates. */
export const currencyAmountsSchema = z.record(z.string().regex(/^[A-Z]{3}$/), z.number())

export const trackedHoursEntrySchema = z.object({
  user_id: z.number().int(),
  project_id: z.number().int().nullable(),
  contract_id: z.number().int().nullable(),
  total_minutes: minutes,
  total_amount: currencyAmountsSchema.optional(),
})
export const trackedHoursDaySchema = z.object({ users: z.array(trackedHoursEntrySchema) })
export const trackedHoursTotalSchema = z.object({ total_minutes: minutes, total_amount: currencyAmountsSchema.optional() })

/** `data.<YYYY-MM-DD>` sits beside `report_type`, `start_date`, `end_date` and `total`, as documented. */
export const trackedHoursReportSchema = z
  .object({
    report_type: z.literal('tracked_hours'),
    start_date: isoDateSchema,
    end_date: isoDateSchema,
    total: trackedHoursTotalSchema,
  })
  .catchall(trackedHoursDaySchema)
  .refine((r) => Object.keys(r).every((k) => ['report_type', 'start_date', 'end_date', 'total'].includes(k) || /^\d{4}-\d{2}-\d{2}$/.test(k)), {
    message: 'Every other key of a tracked-hours report is a YYYY-MM-DD date.',
  })
export type TrackedHoursReport = z.infer<typeof trackedHoursReportSchema>
export type TrackedHoursDay = z.infer<typeof trackedHoursDaySchema>
export const trackedHoursEnvelopeSchema = successEnvelopeSchema(trackedHoursReportSchema)

/** The report's days, in date order (the date keys share `data` with the report's own fields). */
export function trackedHoursDays(report: TrackedHoursReport): [string, TrackedHoursDay][] {
  return Object.entries(report)
    .filter(([key]) => /^\d{4}-\d{2}-\d{2}$/.test(key))
    .map(([key, day]) => [key, day as TrackedHoursDay] as [string, TrackedHoursDay])
    .sort(([a], [b]) => a.localeCompare(b))
}

// --- daily timeline ------------------------------------------------------------------------------

export const trackingMethodSchema = z.enum(['desktop', 'web', 'api', 'manual'])

export const timelineEntrySchema = z.object({
  id: z.string(),
  /** ISO-8601 with the workspace owner's UTC offset: `2026-11-23T09:00:00-05:00`. */
  start: timestampSchema,
  end: timestampSchema,
  duration_minutes: minutes,
  project_id: z.number().int().nullable(),
  project_name: z.string().nullable(),
  task_id: z.number().int().nullable(),
  task_name: z.string().nullable(),
  contract_id: z.number().int().nullable(),
  description: z.string().nullable(),
  tracking_method: trackingMethodSchema,
  activity_level: activityLevel,
  /** Both only for callers who may see rates; 0 on non-billable projects. */
  total_amount: z.number().optional(),
  currency: z.string().optional(),
})
export type TimelineEntry = z.infer<typeof timelineEntrySchema>

export const timelineUserSchema = reportUserSchema.extend({
  /** The member's own IANA zone (the entries use the owner's offset). */
  timezone: z.string().nullable(),
  total_minutes: minutes,
  activity_level: activityLevel.nullable(),
  total_amount: z.number().optional(),
  currency: z.string().optional(),
  entries: z.array(timelineEntrySchema),
})
export type TimelineUser = z.infer<typeof timelineUserSchema>

export const dailyTimelineReportSchema = z.object({
  report_type: z.literal('daily_timeline'),
  date: isoDateSchema,
  /** The workspace owner's IANA zone, whose offsets the entries carry. */
  timezone: z.string(),
  users: z.array(timelineUserSchema),
})
export type DailyTimelineReport = z.infer<typeof dailyTimelineReportSchema>
export const dailyTimelineEnvelopeSchema = pagedReportEnvelopeSchema(dailyTimelineReportSchema)

// --- task report ---------------------------------------------------------------------------------

export const taskTotalSchema = z.object({
  task_id: z.number().int().nullable(),
  task_name: z.string().nullable(),
  project_id: z.number().int().nullable(),
  project_name: z.string().nullable(),
  total_minutes: minutes,
})
export const taskDayEntrySchema = z.object({
  task_id: z.number().int().nullable(),
  project_id: z.number().int().nullable(),
  total_minutes: minutes,
})
export const taskReportUserSchema = reportUserSchema.extend({
  total_minutes: minutes,
  /** One row per task (null task = time without a task), most minutes first. */
  tasks_breakdown: z.array(taskTotalSchema),
  /** Only days with time. */
  daily_breakdown: z.record(isoDateSchema, z.array(taskDayEntrySchema)),
})
export type TaskReportUser = z.infer<typeof taskReportUserSchema>
export const taskReportSchema = z.object({
  report_type: z.literal('task_report'),
  start_date: isoDateSchema,
  end_date: isoDateSchema,
  users: z.array(taskReportUserSchema),
})
export type TaskReport = z.infer<typeof taskReportSchema>
export const taskReportEnvelopeSchema = pagedReportEnvelopeSchema(taskReportSchema)

// --- activity level ------------------------------------------------------------------------------

export const activityDaySchema = z.object({ total_minutes: minutes, activity_level: activityLevel })
export const activityOverallSchema = z.object({
  total_minutes: minutes,
  activity_level: activityLevel.nullable(),
  days_tracked: z.number().int().nonnegative(),
})
export const activityUserSchema = reportUserSchema.extend({
  /** Only days with time; activity is weighted by minutes. */
  days: z.record(isoDateSchema, activityDaySchema),
  overall: activityOverallSchema,
})
export type ActivityUser = z.infer<typeof activityUserSchema>
export const activityLevelReportSchema = z.object({
  report_type: z.literal('activity_level'),
  start_date: isoDateSchema,
  end_date: isoDateSchema,
  users: z.array(activityUserSchema),
  /** Over every user the filters select (all pages), not only this page. */
  overall: z.object({
    total_minutes: minutes,
    activity_level: activityLevel.nullable(),
    users_tracked: z.number().int().nonnegative(),
    users_total: z.number().int().nonnegative(),
  }),
})
export type ActivityLevelReport = z.infer<typeof activityLevelReportSchema>
export const activityLevelEnvelopeSchema = pagedReportEnvelopeSchema(activityLevelReportSchema)

// --- daily attendance ----------------------------------------------------------------------------

export const attendanceStatusSchema = z.enum(['Present', 'Late', 'Left early', 'Tracked less', 'Absent', 'On leave', 'Holiday'])
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>

export const attendanceUserSchema = reportUserSchema.extend({
  timezone: z.string().nullable(),
  statuses: z.array(attendanceStatusSchema),
  /** First start and last end, ISO-8601 with the member's own offset; null when absent. */
  arrival: timestampSchema.nullable(),
  departure: timestampSchema.nullable(),
  tracked_minutes: minutes,
  expected_minutes: minutes,
  late_minutes: minutes,
  left_early_minutes: minutes,
  break_minutes: minutes,
  /** Gaps between spans in the member's local clock, `14:30 - 15:25` (documented format). */
  breaks: z.array(z.string().regex(/^\d{2}:\d{2} - \d{2}:\d{2}$/)),
})
export type AttendanceUser = z.infer<typeof attendanceUserSchema>
export const dailyAttendanceReportSchema = z.object({
  report_type: z.literal('daily_attendance'),
  date: isoDateSchema,
  users: z.array(attendanceUserSchema),
})
export type DailyAttendanceReport = z.infer<typeof dailyAttendanceReportSchema>
export const dailyAttendanceEnvelopeSchema = pagedReportEnvelopeSchema(dailyAttendanceReportSchema)

// --- activity descriptions (path and shape assumed) ----------------------------------------------

export const descriptionRowSchema = z.object({
  /** null groups the time tracked without a description. */
  description: z.string().nullable(),
  total_minutes: minutes,
  entries: z.number().int().positive(),
  dates: z.array(isoDateSchema),
})
export const descriptionUserSchema = reportUserSchema.extend({
  total_minutes: minutes,
  descriptions: z.array(descriptionRowSchema),
})
export type DescriptionUser = z.infer<typeof descriptionUserSchema>
export const activityDescriptionsReportSchema = z.object({
  report_type: z.literal('activity_descriptions'),
  start_date: isoDateSchema,
  end_date: isoDateSchema,
  users: z.array(descriptionUserSchema),
})
export type ActivityDescriptionsReport = z.infer<typeof activityDescriptionsReportSchema>
export const activityDescriptionsEnvelopeSchema = pagedReportEnvelopeSchema(activityDescriptionsReportSchema)
