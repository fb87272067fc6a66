import { Link } from '@tanstack/react-router'
import type { Timesheet } from '@/contract/timesheets'
import { HiddenAmount } from '@/components/data/hidden-amount'
import { ReviewLink } from '@/components/data/review-link'
import { Badge } from '@/components/ui/badge'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatMinutes } from '@/utils/format'
import { formatDateTime, formatDayRange } from '@/utils/format'
import { memberName, notBillableLabel, timesheetStatusLabel, timesheetStatusTone } from '../timesheet-format'

const none = <span className="text-muted-foreground">—</span>

export function TimesheetsTable({
  workspaceId,
  timesheets,
  memberNames,
  currency,
}: {
  workspaceId: number
  timesheets: Timesheet[]
  memberNames: ReadonlyMap<number, string>
  currency: string | null
}) {
  return (
    <Table label="Timesheets" className="min-w-[52rem]">
      <THead>
        <tr>
          <Th>Member</Th>
          <Th>Period</Th>
          <Th className="text-right">Total hours</Th>
          <Th>Status</Th>
          <Th>Submitted on</Th>
          <Th className="text-right">Amount</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <tbody>
        {timesheets.map((t) => {
          const name = memberName(t, memberNames)
          return (
            <Tr key={t.id}>
              <Td>
                <span className="block font-medium">{name}</span>
                {t.member?.email && <span className="block text-xs text-muted-foreground">{t.member.email}</span>}
              </Td>
              <Td className="whitespace-nowrap">
                <Link
                  to="/w/$workspaceId/timesheets/$timesheetId"
                  params={{ workspaceId, timesheetId: t.id }}
                  aria-label={`Timesheet of ${name}, ${formatDayRange(t.date_from, t.date_to)}`}
                  className="font-medium underline-offset-4 hover:underline"
                >
                  {formatDayRange(t.date_from, t.date_to)}
                  <span className="ml-1 font-normal text-muted-foreground">{t.date_to.slice(0, 4)}</span>
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{t.total_minutes === undefined ? none : formatMinutes(t.total_minutes)}</Td>
              <Td>
                <Badge tone={timesheetStatusTone(t.status)}>{timesheetStatusLabel(t.status)}</Badge>
              </Td>
              <Td className="whitespace-nowrap text-muted-foreground">{t.submitted_on ? formatDateTime(t.submitted_on) : '—'}</Td>
              <Td className="text-right tabular-nums">
                <HiddenAmount amount={t.total_amount} currency={currency} zeroLabel={notBillableLabel(t)} />
              </Td>
              <Td className="w-px text-right">
                {t.status === 'submitted' && <ReviewLink workspaceId={workspaceId} kind="timesheet" id={t.id} label={`Review the timesheet of ${name}`} />}
              </Td>
            </Tr>
          )
        })}
      </tbody>
    </Table>
  )
}
