import { fullName } from '@/api/members/member-name'
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { ChevronLeft } from 'lucide-react'
import type { Member } from '@/contract/members'
import { addDays } from '@/contract/calendar'
import type { TimeEntry } from '@/contract/time-entries'
import { EmptyState } from '@/components/data/empty-state'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Input, Label } from '@/components/ui/input'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatClock, formatMinutes, formatWeekday } from '@/utils/format'
import { useDeleteEntry } from '../tracking-mutations'
import { timeEntryQueries } from '@/api/time-tracking/queries'
import { localDate } from '../local-day'
import { EntryDialog } from './entry-dialog'

const route = getRouteApi('/_authed/w/$workspaceId/live/$memberId')

/** Only time added by hand may be changed here; tracked time is the tracker's record. */
export const isManual = (e: Pick<TimeEntry, 'method'>) => e.method === 'Manually added time'

/** One member's time entries for a date (their local day), with add/edit/delete of manual time. */
export function MemberDayPage({ member }: { member: Member }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const [openedAt] = useState(() => Date.now())
  const date = search.date ?? localDate(openedAt, member.timezone)
  const entries = useQuery(timeEntryQueries.day(workspaceId, member.id, date))
  const remove = useDeleteEntry(workspaceId)
  const [editing, setEditing] = useState<TimeEntry | 'new' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const name = fullName(member)
  const zone = member.timezone ?? 'UTC'
  const total = (entries.data ?? []).reduce((sum, e) => sum + (e.duration_minutes ?? 0), 0)
  const unknownDurations = (entries.data ?? []).some((e) => e.duration_minutes === undefined)
  const setDate = (next: string) => void navigate({ search: { date: next }, replace: true })

  return (
    <div className="flex flex-col gap-4">
      <Link to="/w/$workspaceId/live" params={{ workspaceId }} className="flex items-center gap-1 text-sm text-muted-foreground hover:underline">
        <ChevronLeft aria-hidden className="size-4" /> Live
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">{name}</h1>
          <p className="text-sm text-muted-foreground">
            {formatWeekday(date)} · times on their clock ({zone}) · {formatMinutes(total)} in all{unknownDurations && ' (some durations unknown)'}
          </p>
          <p className="text-xs text-muted-foreground">A tracker still running is listed once it stops.</p>
        </div>
        <div className="flex items-end gap-2">
          <Button variant="outline" size="sm" aria-label="Previous day" onClick={() => setDate(addDays(date, -1))}>
            ‹
          </Button>
          <div className="grid gap-1">
            <Label htmlFor="day-date">Date</Label>
            <Input id="day-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} className="w-40" />
          </div>
          <Button variant="outline" size="sm" aria-label="Next day" onClick={() => setDate(addDays(date, 1))}>
            ›
          </Button>
          <Button
            size="sm"
            onClick={() => {
              setNotice(null)
              setEditing('new')
            }}
          >
            Add time
          </Button>
        </div>
      </div>
      {notice && (
        <p role="status" className="rounded-md border px-3 py-2 text-sm">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      )}
      {entries.isPending ? (
        <p className="text-sm text-muted-foreground">Loading entries…</p>
      ) : entries.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {entries.error.message}
        </p>
      ) : entries.data.length === 0 ? (
        <EmptyState>No time on this day.</EmptyState>
      ) : (
        <Table label="Time entries">
          <THead>
            <tr>
              <Th>Time</Th>
              <Th>Project · task</Th>
              <Th>Description</Th>
              <Th>Method</Th>
              <Th className="text-right">Duration</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <tbody>
            {entries.data.map((entry) => (
              <Tr key={entry.id}>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatClock(entry.start_time, zone)}–{entry.end_time ? formatClock(entry.end_time, zone) : 'now'}
                </Td>
                <Td className="max-w-56 truncate">
                  {entry.project_name ?? <span className="text-muted-foreground">No project</span>}
                  {entry.task_title && <span className="text-muted-foreground"> · {entry.task_title}</span>}
                </Td>
                <Td className="max-w-64 truncate text-muted-foreground">{entry.activity_description ?? '—'}</Td>
                <Td>{entry.method ? <Badge>{entry.method}</Badge> : '—'}</Td>
                <Td className="text-right tabular-nums">{entry.duration_minutes === undefined ? '—' : formatMinutes(entry.duration_minutes)}</Td>
                <Td className="text-right whitespace-nowrap">
                  {isManual(entry) && (
                    <span className="inline-flex gap-1">
                      <Button size="sm" variant="ghost" aria-label={`Edit entry ${formatClock(entry.start_time, zone)}`} onClick={() => setEditing(entry)}>
                        Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Delete entry ${formatClock(entry.start_time, zone)}`}
                        disabled={remove.isPending}
                        onClick={() => {
                          setError(null)
                          setNotice(null)
                          remove.mutate(
                            { id: entry.id, userId: member.id, date },
                            { onSuccess: () => setNotice('Entry deleted.'), onError: (e) => setError(e.message) },
                          )
                        }}
                      >
                        Delete
                      </Button>
                    </span>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {editing && (
        <EntryDialog
          workspaceId={workspaceId}
          member={member}
          date={date}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setNotice(text)
            setEditing(null)
          }}
        />
      )}
    </div>
  )
}
