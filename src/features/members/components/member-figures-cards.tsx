import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Card, CardTitle } from '@/components/ui/card'
import { memberQueries } from '@/api/members/queries'
import { memberFigures } from '../member-figures'

function Figure({ title, value, note }: { title: string; value: string; note?: string }) {
  return (
    <Card>
      <CardTitle>{title}</CardTitle>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      {note && <p className="mt-1 text-xs text-muted-foreground">{note}</p>}
    </Card>
  )
}

/** Uses the unfiltered member list, the same query the Members page starts with: no extra requests. */
export function MemberFiguresCards({ workspaceId }: { workspaceId: number }) {
  const { data: members } = useSuspenseQuery(memberQueries.list(workspaceId, {}))
  const f = memberFigures(members)
  const n = (value: number) => value.toLocaleString('en-US')
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <Figure title="Members" value={n(f.total)} note={`${n(f.active)} active · ${n(f.inactive)} inactive · ${n(f.left)} left`} />
      <Figure title="Managers" value={n(f.managers)} note="Owners, executive, team and project managers" />
      <Figure title="Teams" value={n(f.teams)} note={`Across ${n(f.timezones)} time zones`} />
      <Figure
        title="Weekly hours limit"
        value={f.weeklyLimitHours === null ? '—' : `${n(f.weeklyLimitHours)} h`}
        note={f.ratesVisible ? 'Sum over active members · rates visible to you' : 'Sum over active members · no rates in WebWork’s answer'}
      />
      <p className="text-muted-foreground sm:col-span-2 xl:col-span-4">
        <Link to="/w/$workspaceId/members" params={{ workspaceId }} className="underline underline-offset-4 hover:text-foreground">
          See all members
        </Link>
      </p>
    </div>
  )
}
