import type { LeaveRequest } from '@/contract/leaves'
import { ReviewLink } from '@/components/data/review-link'
import { Badge } from '@/components/ui/badge'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { leaveDates, leaveLength, leavePaidLabel, leaveStatusTone } from '../leave-format'

const none = <span className="text-muted-foreground">—</span>

export function LeavesTable({ workspaceId, leaves, memberNames }: { workspaceId: number; leaves: LeaveRequest[]; memberNames: ReadonlyMap<number, string> }) {
  // Columns the vendor sends for no row (its docs list neither policy nor length) are left out.
  const showPolicy = leaves.some((r) => r.policy_name !== undefined)
  const showDays = leaves.some((r) => leaveLength(r.total) !== null)
  return (
    <Table label="Leave requests" className="min-w-[52rem]">
      <THead>
        <tr>
          <Th>Member</Th>
          {showPolicy && <Th>Policy</Th>}
          <Th>Dates</Th>
          {showDays && <Th className="text-right">Days</Th>}
          <Th>Paid</Th>
          <Th>Status</Th>
          <Th>Note / reject reason</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <tbody>
        {leaves.map((r) => {
          const member = r.user_id === undefined ? null : (memberNames.get(r.user_id) ?? `Member #${r.user_id}`)
          return (
            <Tr key={r.id}>
              <Td className="font-medium whitespace-nowrap">{member ?? none}</Td>
              {showPolicy && <Td className="whitespace-nowrap">{r.policy_name ?? none}</Td>}
              <Td className="whitespace-nowrap tabular-nums">{leaveDates(r)}</Td>
              {showDays && <Td className="text-right whitespace-nowrap tabular-nums">{leaveLength(r.total) ?? none}</Td>}
              <Td className={r.is_paid === 'yes' ? undefined : 'text-muted-foreground'}>{leavePaidLabel(r.is_paid) ?? none}</Td>
              <Td>
                <Badge tone={leaveStatusTone(r.status)}>{r.status}</Badge>
              </Td>
              <Td className="min-w-40">
                {r.note ? <span className="block text-muted-foreground">{r.note}</span> : !r.reject_reason && none}
                {r.reject_reason && (
                  <span className="block text-destructive">
                    <span className="sr-only">Reject reason: </span>
                    {r.reject_reason}
                  </span>
                )}
              </Td>
              <Td className="w-px text-right">
                {r.status === 'pending' && (
                  <ReviewLink workspaceId={workspaceId} kind="leave" id={r.id} label={`Review the leave of ${member ?? 'a member'}`} />
                )}
              </Td>
            </Tr>
          )
        })}
      </tbody>
    </Table>
  )
}
