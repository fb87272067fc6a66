import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { EmptyState } from '@/components/data/empty-state'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { useClockOut } from '../tracking-mutations'
import type { LiveRow } from '../live-board'
import { FlagBadges } from './flag-badges'
import { Freshness, SinceStart, TodayTotal } from './ticking'

const name = (row: LiveRow) => `${row.member.firstname} ${row.member.lastname}`.trim()

/** Everyone tracking now: what on, for how long, how fresh the reading is; clock out. */
export function TrackingTable({ workspaceId, rows, onDone }: { workspaceId: number; rows: readonly LiveRow[]; onDone: (notice: string) => void }) {
  const clockOut = useClockOut(workspaceId)
  const [refusal, setRefusal] = useState<{ userId: number; message: string } | null>(null)
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
              <Th>
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
                    <Badge className="ml-2" title="current-data cannot see the desktop app: the latest timeline entry ended moments ago">
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
                  {refusal?.userId === row.member.id && (
                    <span role="alert" className="mr-2 text-xs text-destructive">
                      {refusal.message}
                    </span>
                  )}
                  <Button
                    size="sm"
                    variant="outline"
                    disabled={clockOut.isPending && clockOut.variables === row.member.id}
                    aria-label={`Clock out ${name(row)}`}
                    onClick={() => {
                      setRefusal(null)
                      clockOut.mutate(row.member.id, {
                        onSuccess: () => onDone(`Clocked out ${name(row)}.`),
                        onError: (error) => setRefusal({ userId: row.member.id, message: error.message }),
                      })
                    }}
                  >
                    Clock out
                  </Button>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  )
}
