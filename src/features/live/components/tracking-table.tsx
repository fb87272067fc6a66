import { fullName } from '@/api/members/member-name'
import { Link } from '@tanstack/react-router'
import { EmptyState } from '@/components/data/empty-state'
import { Badge } from '@/components/ui/badge'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { useClockOut } from '../tracking-mutations'
import type { LiveRow } from '../live-board'
import type { ActionOutcome } from './action-notice'
import { ClockOutAction } from './clock-out-action'
import { FlagBadges } from './flag-badges'
import { Freshness, SinceStart, TodayTotal } from './ticking'

const name = (row: LiveRow) => fullName(row.member)

/**
 * Everyone tracking now: what on, for how long, how fresh the reading is; clock out. What a
 * clock-out did goes to `onOutcome`, said above the table, never inside a row that may scroll away.
 */
export function TrackingTable({
  workspaceId,
  rows,
  onOutcome,
}: {
  workspaceId: number
  rows: readonly LiveRow[]
  onOutcome: (outcome: ActionOutcome) => void
}) {
  const clockOut = useClockOut(workspaceId)
  return (
    <section aria-labelledby="live-tracking" className="flex flex-col gap-2">
      <h2 id="live-tracking" className="text-sm font-semibold">
        Tracking now <span className="font-normal text-muted-foreground">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <EmptyState>Nobody is seen tracking yet. The board fills in as members are checked.</EmptyState>
      ) : (
        <Table label="Tracking now">
          <THead>
            <tr>
              <Th>Member</Th>
              <Th>Project · task</Th>
              <Th>Description</Th>
              <Th className="text-right">Since start</Th>
              <Th className="text-right">Today</Th>
              <Th>Flags</Th>
              <Th>Freshness</Th>
              {/* Positioned, so the hidden label stays inside the scrolling table. */}
              <Th className="relative">
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <tbody>
            {rows.map((row) => (
              <Tr key={row.member.id} data-testid={`live-row-${row.member.id}`}>
                <Td className="font-medium whitespace-nowrap">
                  <Link
                    to="/w/$workspaceId/live/$memberId"
                    params={{ workspaceId, memberId: row.member.id }}
                    search={{ date: row.localDate }}
                    className="hover:underline"
                  >
                    {name(row)}
                  </Link>
                  {row.state === 'desktop' && (
                    // Under the name, so the table fits a laptop's width with "Clock out" in view.
                    <Badge className="mt-0.5 flex w-fit" title="current-data cannot see the desktop app: the latest timeline entry ended moments ago">
                      desktop app, from timeline
                    </Badge>
                  )}
                </Td>
                <Td className="max-w-56 truncate">
                  {row.projectName ?? <span className="text-muted-foreground">No project</span>}
                  {row.taskTitle && <span className="text-muted-foreground"> · {row.taskTitle}</span>}
                </Td>
                <Td className="max-w-64 truncate text-muted-foreground">{row.description ?? '—'}</Td>
                <Td className="text-right">{row.state === 'tracking' ? <SinceStart from={row.startedAt} /> : '—'}</Td>
                <Td className="text-right">
                  <TodayTotal seconds={row.todaySeconds} since={row.baseAt} />
                </Td>
                <Td>
                  <FlagBadges flags={row.flags} />
                </Td>
                <Td>
                  <Freshness at={row.state === 'desktop' ? row.timelineAt : row.checkedAt} />
                </Td>
                <Td className="text-right whitespace-nowrap">
                  <ClockOutAction
                    row={row}
                    name={name(row)}
                    pending={clockOut.isPending && clockOut.variables === row.member.id}
                    onClockOut={() =>
                      clockOut.mutate(row.member.id, {
                        onSuccess: () => onOutcome({ tone: 'done', text: `Clocked out ${name(row)}.` }),
                        onError: (error) => onOutcome({ tone: 'refused', text: `Could not clock out ${name(row)}: ${error.message}` }),
                      })
                    }
                  />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  )
}
