import { answer, each, pick, pickThen, type DocumentedOperation, type JsonObject, type RichFailure } from './answer'

// seeds/000 (variant B, primary). The list: `{success, data, meta: {…, pagination}}` with no
// message; each timesheet has `member` (a name: assumed "First Last", the seed says only that the
// timesheet carries it), `total_minutes` (B; variant A's decimal `total_hours` is not sent), the
// submission details `submitted_on` and `reject_reason` (endpoints.md's names), `daily_breakdown`,
// and `total_amount` for callers who may see rates. Assumed: `total_amount` stays one number, as
// no example shows it per currency for timesheets. No created_at/updated_at.
// The not-yet-submitted status is `open`, as the seed's unsubmit example and its prose show; the
// store keeps `pending`, so only the words change, in answers and in error messages alike.

const TIMESHEET_FIELDS = [
  'id',
  'user_id',
  'member',
  'date_from',
  'date_to',
  'total_minutes',
  'submitted_on',
  'reject_reason',
  'status',
  'daily_breakdown',
  'total_amount',
]
const DAY_ENTRY_FIELDS = ['project_id', 'project_name', 'contract_id', 'total_minutes', 'total_amount']
/** The four actions' `data`, exactly as seeds/000 shows it. */
const ACTION_FIELDS = ['id', 'status', 'user_id', 'user_name', 'user_email', 'date_from', 'date_to']

const docsStatus = (status: unknown) => (status === 'pending' ? 'open' : status)
const docsWords = (text: string) => text.replace(/\bpending\b/g, 'open')

const memberName = (member: unknown) => {
  if (member === null || typeof member !== 'object') return member
  const { firstname, lastname } = member as { firstname?: string; lastname?: string }
  return [firstname, lastname].filter(Boolean).join(' ')
}

const dailyBreakdown = (days: unknown) =>
  days && typeof days === 'object'
    ? Object.fromEntries(Object.entries(days as Record<string, unknown>).map(([date, rows]) => [date, each(pick(DAY_ENTRY_FIELDS))(rows)]))
    : days

const timesheet = pickThen(TIMESHEET_FIELDS, (t) => ({
  ...t,
  member: memberName(t.member),
  status: docsStatus(t.status),
  daily_breakdown: dailyBreakdown(t.daily_breakdown),
}))

const action = answer(
  { message: true },
  pickThen(ACTION_FIELDS, (t) => ({ ...t, status: docsStatus(t.status) })),
)

/** A refused transition names the status; say it in the docs' word. */
const failure = (body: RichFailure): JsonObject => ({
  ...body,
  message: docsWords(body.message),
  ...(body.errors ? { errors: Object.fromEntries(Object.entries(body.errors).map(([field, messages]) => [field, messages.map(docsWords)])) } : {}),
})

export const timesheetOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/timesheets', success: answer({ pagination: 'meta' }, each(timesheet)) },
  ...(['approve', 'reject', 'submit', 'unsubmit'] as const).map((verb): DocumentedOperation => ({
    method: 'PUT',
    path: `/timesheets/:id/${verb}`,
    success: action,
    failure,
  })),
]
