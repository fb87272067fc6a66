import { HOURS_PER_LEAVE_DAY } from '../api/routes/leave-days'
import { answer, each, messageOnly, pick, pickThen, type DocumentedOperation } from './answer'

// endpoints.md "Leaves". Only the list, the creation and the balances are documented; policies,
// approve and reject are named by the docs without a path, so the docs dialect does not serve
// them (see documented-operations.ts). The list drops `created_on` and `total` (legacy v1,
// "unconfirmed for V2") and the sandbox's own policy and clock fields. Assumed: the list and the
// balances have no pagination, as their documented answers list none (page/per_page still slice).

const LEAVE_FIELDS = ['id', 'user_id', 'status', 'note', 'is_paid', 'created_by', 'approved_by', 'rejected_by', 'reject_reason', 'start_date', 'end_date']

/**
 * A balance as the docs write one ("10 days"), with a part day in hours ("1 day 4 hours"; assumed
 * form, like the 8-hour leave day the sandbox counts with). The rich answer's "1.5 days" is read back.
 */
export function balanceText(days: number): string {
  const dayMinutes = HOURS_PER_LEAVE_DAY * 60
  const minutes = Math.round(Math.abs(days) * dayMinutes)
  const whole = Math.floor(minutes / dayMinutes)
  const hours = Math.round(((minutes % dayMinutes) / 60) * 100) / 100
  const parts = [
    ...(whole > 0 || hours === 0 ? [`${whole} ${whole === 1 ? 'day' : 'days'}`] : []),
    ...(hours > 0 ? [`${hours} ${hours === 1 ? 'hour' : 'hours'}`] : []),
  ]
  return `${days < 0 && minutes > 0 ? '-' : ''}${parts.join(' ')}`
}

const leaveType = pickThen(['leave_type', 'balance'], (row) => {
  const days = typeof row.balance === 'string' ? Number.parseFloat(row.balance) : Number.NaN
  return Number.isNaN(days) ? row : { ...row, balance: balanceText(days) }
})
const balance = pickThen(['user_id', 'user_name', 'leave_information', 'total_balance'], (b) => ({
  ...b,
  leave_information: each(leaveType)(b.leave_information),
}))

export const leaveOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/leaves', success: answer({ pagination: 'none' }, each(pick(LEAVE_FIELDS))) },
  // Documented: 201 and no `data` member.
  { method: 'POST', path: '/leaves', success: messageOnly },
  { method: 'GET', path: '/leaves/balances', success: answer({ pagination: 'none' }, each(balance)) },
]
