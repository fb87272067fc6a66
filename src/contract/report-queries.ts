import { z } from 'zod'
import { addDays, daysInclusive, mondayOf, shiftYears, todayUtc } from './calendar'
import { isCalendarDate } from './common'
import { paginationQuerySchema } from './pagination'

// Query parameters of the report endpoints (endpoints.md, "Reports"), with the documented limits:
// single dates, ranges of at most 31 days, and paging over users (30 by default, 100 at most).
// Messages follow Laravel's validator, as the rest of the API does.

/** Longest range, in calendar days counted inclusively, that the capped reports accept. */
export const REPORT_MAX_DAYS = 31
export const REPORT_DEFAULT_PER_PAGE = 30
export const REPORT_MAX_PER_PAGE = 100

// --- parameter schemas ---

const dateParam = (label: string) =>
  z.string(`The ${label} field is required.`).refine(isCalendarDate, `The ${label} must be a valid date in the format YYYY-MM-DD.`)

const integerParam = (label: string) =>
  z.coerce
    .number({ error: `The ${label} must be an integer.` })
    .int(`The ${label} must be an integer.`)
    .positive(`The ${label} must be an integer.`)

const listItem = z.union([z.string(), z.number()])

/**
 * A list parameter sent either as CSV (`users=1,2,3`) or as an array (`users[]=1&users[]=2`).
 * An empty value means "no filter" (Laravel turns empty strings into null).
 */
function listParam<T>(message: string, parse: (part: string) => T | undefined) {
  return z.union([listItem, z.array(listItem)], { error: message }).transform((value, ctx): T[] | undefined => {
    const parts = (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((s) => s.trim())
      .filter(Boolean)
    const parsed = parts.map(parse)
    if (parsed.some((p) => p === undefined)) {
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    }
    return parsed.length ? (parsed as T[]) : undefined
  })
}

export const idListParam = (label: string) =>
  listParam(`The ${label} must be a list of integer ids.`, (s) => (/^[1-9]\d{0,15}$/.test(s) ? Number(s) : undefined))

const booleanParam = (label: string) =>
  z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])], { error: `The ${label} field must be true or false.` })
    .transform((v) => v === true || v === 'true' || v === '1')

const reportPagination = () => paginationQuerySchema(REPORT_MAX_PER_PAGE, REPORT_DEFAULT_PER_PAGE)

interface RangeInput {
  start_date: string
  end_date: string
  user_id?: number
}

/**
 * `end_date` on or after `start_date`, and (when `capped` says so) at most 31 days in all. These
 * run whenever both dates are valid, even if another field failed, so that a 422 lists every
 * problem at once, as Laravel's does.
 */
function withRange<T extends z.ZodType<RangeInput>>(schema: T, capped: (q: RangeInput) => boolean): T {
  const datesValid = (payload: z.core.ParsePayload) => !payload.issues.some((issue) => issue.path?.[0] === 'start_date' || issue.path?.[0] === 'end_date')
  return schema
    .refine((q) => q.end_date >= q.start_date, {
      path: ['end_date'],
      message: 'The end date must be a date after or equal to start date.',
      when: datesValid,
    })
    .refine((q) => q.end_date < q.start_date || !capped(q) || daysInclusive(q.start_date, q.end_date) <= REPORT_MAX_DAYS, {
      path: ['end_date'],
      message: `The range may not exceed ${REPORT_MAX_DAYS} days.`,
      when: datesValid,
    })
}

const cappedRange = { start_date: dateParam('start date'), end_date: dateParam('end date') }

/** `GET /reports/tracked-hours`. Dates default to the current week; 31 days at most with `user_id`. */
export function trackedHoursQuerySchema(today = todayUtc()) {
  const schema = z.object({
    user_id: integerParam('user id').optional(),
    start_date: dateParam('start date').default(() => mondayOf(today)),
    end_date: dateParam('end date').default(() => addDays(mondayOf(today), 6)),
    users: idListParam('users').optional(),
    projects: idListParam('projects').optional(),
    teams: idListParam('teams').optional(),
    /** Accepted and validated; the sandbox has no title ids, so it does not filter by them. */
    titles: idListParam('titles').optional(),
    currencies: listParam('The currencies must be a list of 3-letter currency codes.', (s) =>
      /^[A-Za-z]{3}$/.test(s) ? s.toUpperCase() : undefined,
    ).optional(),
  })
  return withRange(schema, (q) => q.user_id !== undefined)
}
export type TrackedHoursQuery = z.infer<ReturnType<typeof trackedHoursQuerySchema>>

/** `GET /reports/daily-timeline`: one date, within the past year and at most a year ahead. */
export function dailyTimelineQuerySchema(today = todayUtc()) {
  return reportPagination().extend({
    date: dateParam('date').refine(
      (d) => d >= shiftYears(today, -1) && d <= shiftYears(today, 1),
      'The date must be within the past year and at most one year ahead.',
    ),
    user_ids: idListParam('user ids').optional(),
  })
}
export type DailyTimelineQuery = z.infer<ReturnType<typeof dailyTimelineQuerySchema>>

/** `GET /reports/task-report`: at most 31 days. */
export const taskReportQuerySchema = withRange(
  reportPagination().extend({
    ...cappedRange,
    users: idListParam('users').optional(),
    project_id: idListParam('project id').optional(),
    task_id: idListParam('task id').optional(),
    include_no_task: booleanParam('include no task').default(true),
  }),
  () => true,
)
export type TaskReportQuery = z.infer<typeof taskReportQuerySchema>

/** `GET /reports/activity-level`: at most 31 days; pages are users (Appendix B contradiction). */
export const activityLevelQuerySchema = withRange(
  reportPagination().extend({ ...cappedRange, contract_id: integerParam('contract id').optional(), user_ids: idListParam('user ids').optional() }),
  () => true,
)
export type ActivityLevelQuery = z.infer<typeof activityLevelQuerySchema>

export const attendanceFilterValues = ['late', 'left_early', 'tracked_less', 'absent', 'on_leave'] as const
export type AttendanceFilter = (typeof attendanceFilterValues)[number]

/** `GET /reports/daily-attendance`: one date. */
export const dailyAttendanceQuerySchema = reportPagination().extend({
  date: dateParam('date'),
  users: idListParam('users').optional(),
  status: listParam(`The status must be a list of: ${attendanceFilterValues.join(', ')}.`, (s) =>
    (attendanceFilterValues as readonly string[]).includes(s) ? (s as AttendanceFilter) : undefined,
  ).optional(),
})
export type DailyAttendanceQuery = z.infer<typeof dailyAttendanceQuerySchema>

/** `GET /reports/activity-descriptions` (assumed path and parameters): at most 31 days. */
export const activityDescriptionsQuerySchema = withRange(
  reportPagination().extend({ ...cappedRange, users: idListParam('users').optional(), projects: idListParam('projects').optional() }),
  () => true,
)
export type ActivityDescriptionsQuery = z.infer<typeof activityDescriptionsQuerySchema>
