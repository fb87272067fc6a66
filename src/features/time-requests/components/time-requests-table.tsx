import type { TimeRequest } from '@/contract/time-requests'
import { ReviewLink } from '@/components/data/review-link'
import { Badge } from '@/components/ui/badge'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatMinutes } from '@/utils/format'
import { requestSpan, timeRequestStatusTone } from '../time-request-format'

const none = <span className="text-muted-foreground">—</span>

export function TimeRequestsTable({
  workspaceId,
  requests,
  memberNames,
  projectName,
}: {
  workspaceId: number
  requests: TimeRequest[]
  memberNames: ReadonlyMap<number, string>
  /** The project of a request, from its contract or project id. */
  projectName: (r: TimeRequest) => string | null
}) {
  return (
    <Table label="Time requests" className="min-w-[52rem]">
      <THead>
        <tr>
          <Th>Member</Th>
          <Th>Date</Th>
          <Th>Span</Th>
          <Th>Project</Th>
          <Th>Notes</Th>
          <Th>Status</Th>
          <Th>Reviewer comment</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <tbody>
        {requests.map((r) => {
          const span = requestSpan(r)
          const member = r.user_id === undefined ? null : (memberNames.get(r.user_id) ?? `Member #${r.user_id}`)
          return (
            <Tr key={r.id}>
              <Td className="font-medium whitespace-nowrap">{member ?? none}</Td>
              <Td className="whitespace-nowrap">{span?.day ?? none}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                {span ? (
                  <>
                    <span className="block">{span.times}</span>
                    <span className="block text-xs text-muted-foreground">{formatMinutes(span.minutes)}</span>
                  </>
                ) : (
                  none
                )}
              </Td>
              <Td>{projectName(r) ?? none}</Td>
              <Td className="min-w-40 text-muted-foreground">{r.notes || none}</Td>
              <Td>
                <Badge tone={timeRequestStatusTone(r.status)}>{r.status}</Badge>
              </Td>
              <Td className="min-w-36">{r.comment || none}</Td>
              <Td className="w-px text-right">
                {r.status === 'pending' && (
                  <ReviewLink workspaceId={workspaceId} kind="time-request" id={r.id} label={`Review the time request of ${member ?? 'a member'}`} />
                )}
              </Td>
            </Tr>
          )
        })}
      </tbody>
    </Table>
  )
}
